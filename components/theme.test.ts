import { describe, expect, it } from 'vitest';
import { applyTheme, recallTheme, rememberTheme, THEME_KEY } from './theme';

/** A Storage-like map, as localStorage behaves for one origin. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

const failing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('remembered theme', () => {
  it('recalls what was remembered', () => {
    const storage = memoryStorage();
    rememberTheme(storage, 'dark');
    expect(recallTheme(storage)).toBe('dark');
    rememberTheme(storage, 'light');
    expect(recallTheme(storage)).toBe('light');
  });

  it('forgets the copy when the setting goes back to the system theme', () => {
    const storage = memoryStorage();
    rememberTheme(storage, 'dark');
    rememberTheme(storage, 'system');
    expect(storage.map.has(THEME_KEY)).toBe(false);
    expect(recallTheme(storage)).toBe('system');
  });

  it('falls back to the system theme for nothing kept, a value it does not know, or broken storage', () => {
    expect(recallTheme(memoryStorage())).toBe('system');
    const odd = memoryStorage();
    odd.map.set(THEME_KEY, 'purple');
    expect(recallTheme(odd)).toBe('system');
    expect(recallTheme(failing)).toBe('system');
    expect(() => rememberTheme(failing, 'dark')).not.toThrow();
  });
});

describe('applyTheme', () => {
  it('forces light or dark with data-theme, and removes it for the system theme', () => {
    const root = { dataset: {} as DOMStringMap };
    applyTheme(root, 'dark');
    expect(root.dataset.theme).toBe('dark');
    applyTheme(root, 'light');
    expect(root.dataset.theme).toBe('light');
    applyTheme(root, 'system');
    expect('theme' in root.dataset).toBe(false);
  });
});
