import type { Theme } from '@/utils/settings/settings';

/** Where pages keep a copy of the theme setting, readable at once (IndexedDB answers only later). */
export const THEME_KEY = 'thaw.theme';

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/** Shows a theme: light or dark forced on the page, or the system's choice (no attribute). */
export function applyTheme(root: { dataset: DOMStringMap }, theme: Theme): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/**
 * The theme last copied from the settings, so a page gets its colours right from the first paint
 * without waiting for IndexedDB. 'system' when nothing (or nothing valid) was kept, or storage is
 * unavailable: the settings confirm the real theme a moment later either way.
 */
export function recallTheme(webStorage: Pick<Storage, 'getItem'>): Theme {
  try {
    const kept = webStorage.getItem(THEME_KEY);
    return THEMES.find((theme) => theme === kept) ?? 'system';
  } catch {
    return 'system';
  }
}

/** Keeps a copy of the theme setting for `recallTheme`. A storage failure only costs that head start. */
export function rememberTheme(webStorage: Pick<Storage, 'setItem' | 'removeItem'>, theme: Theme): void {
  try {
    if (theme === 'system') webStorage.removeItem(THEME_KEY);
    else webStorage.setItem(THEME_KEY, theme);
  } catch {
    // Private modes and full disks refuse writes; the page still shows the right theme once read.
  }
}
