import '@/assets/base.css';
import { i18n } from '#i18n';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { onChange } from '@/utils/db/changes';
import { applyTheme, recallTheme, rememberTheme } from './theme';

/**
 * Shows the stored theme and keeps a copy of it for the next page to open with. The database code
 * is fetched here, after the first render, which does not need it.
 */
async function syncTheme(): Promise<void> {
  const { getSettings } = await import('@/utils/db/settings');
  const { theme } = await getSettings();
  applyTheme(document.documentElement, theme);
  rememberTheme(localStorage, theme);
}

/**
 * Renders a page into #root with the user's theme and a translated title. Nothing waits on
 * IndexedDB before the page is in the DOM: the theme comes from the copy `syncTheme` keeps, and
 * the settings are read (and watched) once the page is up, in case the copy was stale.
 */
export function mountPage(title: string, page: ReactNode): void {
  document.title = title;
  // The language of our texts, not the browser's: a French browser gets our English, marked English.
  document.documentElement.lang = i18n.t('locale_code');
  applyTheme(document.documentElement, recallTheme(localStorage));
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(<StrictMode>{page}</StrictMode>);
  setTimeout(() => {
    void syncTheme().catch(() => applyTheme(document.documentElement, 'system'));
    onChange((change) => {
      if (change.store === 'settings') void syncTheme().catch(() => undefined);
    });
  });
}
