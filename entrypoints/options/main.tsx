import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';

mountPage(
  i18n.t('options.title'),
  <main style={{ maxWidth: 640, margin: '0 auto', padding: 24 }}>
    <h1>{i18n.t('options.title')}</h1>
  </main>,
);
