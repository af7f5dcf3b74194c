import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { HelpApp } from './HelpApp';

mountPage(i18n.t('help_page.title'), <HelpApp />);
