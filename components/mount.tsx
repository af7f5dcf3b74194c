import '@/assets/base.css';
import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { onChange } from '@/utils/db/changes';
import { applyTheme, recallTheme, rememberTheme } from './theme';
import { pageLocale } from '@/components/page-locale';

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

/** Reads the stored theme once the page is drawn (an effect runs after the first paint), and follows it. */
function ThemeSync() {
  useEffect(() => {
    void syncTheme().catch(() => applyTheme(document.documentElement, 'system'));
    return onChange((change) => {
      if (change.store === 'settings') void syncTheme().catch(() => undefined);
    });
  }, []);
  return null;
}

/**
 * Renders a page into #root with the user's theme and a translated title. Nothing waits on
 * IndexedDB before the page is drawn: the theme comes from the copy `syncTheme` keeps, and the
 * settings are read (and watched) afterwards, in case the copy was stale.
 */
export function mountPage(title: string, page: ReactNode): void {
  document.title = title;
  // The language of our texts, not the browser's: a French browser gets our English, marked English.
  document.documentElement.lang = pageLocale();
  applyTheme(document.documentElement, recallTheme(localStorage));
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <ThemeSync />
      {page}
    </StrictMode>,
  );
}
