import '@/assets/base.css';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { getSettings } from '@/utils/db/settings';
import { onChange } from '@/utils/db/changes';
import type { Theme } from '@/utils/settings/settings';

function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

async function syncTheme(): Promise<void> {
  applyTheme((await getSettings()).theme);
}

/** Renders a page into #root with the user's theme and a translated title. */
export function mountPage(title: string, page: ReactNode): void {
  document.title = title;
  document.documentElement.lang = browser.i18n.getUILanguage();
  void syncTheme().catch(() => applyTheme('system'));
  onChange((change) => {
    if (change.store === 'settings') void syncTheme();
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(<StrictMode>{page}</StrictMode>);
}
