import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { AboutNumbnessApp } from './AboutNumbnessApp';

mountPage(i18n.t('numbness.title'), <AboutNumbnessApp />);
