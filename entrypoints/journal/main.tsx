import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { JournalApp } from './JournalApp';

mountPage(i18n.t('journal.title'), <JournalApp />);
