import { i18n } from '#i18n';
import { AppHeader } from '@/components/header/AppHeader';
import { mountPage } from '@/components/mount';
import { BreakApp } from './BreakApp';

// Only the mark and Get help: a break is not a place to be sent elsewhere from.
mountPage(
  i18n.t('break.title'),
  <>
    <AppHeader minimal />
    <BreakApp />
  </>,
);
