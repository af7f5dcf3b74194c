import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { PopupApp } from './PopupApp';

mountPage(i18n.t('popup.title'), <PopupApp />);
