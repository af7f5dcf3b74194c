import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { WelcomeApp } from './WelcomeApp';

mountPage(i18n.t('welcome.title'), <WelcomeApp />);
