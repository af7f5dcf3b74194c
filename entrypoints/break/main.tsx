import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { BreakApp } from './BreakApp';

mountPage(i18n.t('break.title'), <BreakApp />);
