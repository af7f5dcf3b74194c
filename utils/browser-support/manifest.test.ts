import { describe, expect, it } from 'vitest';
import { FIREFOX_ADDON_ID, browserManifest, openPopupCommand, type BuildTarget } from './manifest';

const chrome: BuildTarget = { browser: 'chrome', manifestVersion: 3 };
const edge: BuildTarget = { browser: 'edge', manifestVersion: 3 };
const firefox: BuildTarget = { browser: 'firefox', manifestVersion: 3 };
const firefoxMv2: BuildTarget = { browser: 'firefox', manifestVersion: 2 };

describe('browserManifest', () => {
  it('gives Firefox its add-on id and declares that no data is collected', () => {
    const gecko = browserManifest(firefox).browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(FIREFOX_ADDON_ID);
    // "none" must stand alone: it cannot be combined with any data type.
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('asks for a Firefox that understands the data declaration', () => {
    const settings = browserManifest(firefox).browser_specific_settings;
    expect(Number.parseInt(settings?.gecko.strict_min_version ?? '0', 10)).toBeGreaterThanOrEqual(140);
    expect(Number.parseInt(settings?.gecko_android.strict_min_version ?? '0', 10)).toBeGreaterThanOrEqual(
      142,
    );
  });

  it('uses an id of the form Firefox accepts (name@domain, at most 80 characters)', () => {
    expect(FIREFOX_ADDON_ID).toMatch(/^[a-zA-Z0-9-._]*@[a-zA-Z0-9-._]+$/);
    expect(FIREFOX_ADDON_ID.length).toBeLessThanOrEqual(80);
  });

  it('keeps Firefox-only settings out of the Chrome and Edge manifests', () => {
    expect(browserManifest(chrome)).not.toHaveProperty('browser_specific_settings');
    expect(browserManifest(edge)).not.toHaveProperty('browser_specific_settings');
    expect(browserManifest(chrome)).not.toHaveProperty('action');
    expect(browserManifest(edge)).not.toHaveProperty('action');
  });

  it('puts the Firefox toolbar button in the toolbar, not in the Extensions panel', () => {
    expect(browserManifest(firefox).action).toEqual({ default_area: 'navbar' });
  });

  it('binds Alt+Shift+T to the popup under the command name each manifest version knows', () => {
    expect(browserManifest(chrome).commands).toEqual({
      _execute_action: { suggested_key: { default: 'Alt+Shift+T' } },
    });
    expect(browserManifest(firefoxMv2).commands).toEqual({
      _execute_browser_action: { suggested_key: { default: 'Alt+Shift+T' } },
    });
  });
});

describe('openPopupCommand', () => {
  it('is _execute_action in Manifest V3 and _execute_browser_action in V2', () => {
    expect(openPopupCommand(3)).toBe('_execute_action');
    expect(openPopupCommand(2)).toBe('_execute_browser_action');
  });
});
