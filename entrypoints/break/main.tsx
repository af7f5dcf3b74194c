import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';

mountPage(
  i18n.t('break.title'),
  <main style={{ maxWidth: 640, margin: '0 auto', padding: 24 }}>
    <h1>{i18n.t('break.title')}</h1>
  </main>,
);
