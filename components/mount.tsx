import '@/assets/base.css';
import { i18n } from '#i18n';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { onChange } from '@/utils/db/changes';
import type { Theme } from '@/utils/settings/settings';

function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** The database code is fetched after the page's first render (it is not needed to draw it). */
async function syncTheme(): Promise<void> {
  const { getSettings } = await import('@/utils/db/settings');
  applyTheme((await getSettings()).theme);
}

/** Renders a page into #root with the user's theme and a translated title. */
export function mountPage(title: string, page: ReactNode): void {
  document.title = title;
  // The language of our texts, not the browser's: a French browser gets our English, marked English.
  document.documentElement.lang = i18n.t('locale_code');
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(<StrictMode>{page}</StrictMode>);
  // After the first render, which it does not hold up: the theme comes from the database anyway.
  void syncTheme().catch(() => applyTheme('system'));
  onChange((change) => {
    if (change.store === 'settings') void syncTheme();
  });
}
