import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { OptionsApp } from './OptionsApp';

mountPage(i18n.t('options.title'), <OptionsApp />);
