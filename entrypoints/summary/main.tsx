import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { SummaryApp } from './SummaryApp';

mountPage(i18n.t('summary.page_title'), <SummaryApp />);
