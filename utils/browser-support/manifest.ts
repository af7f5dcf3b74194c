/**
 * The manifest keys that differ between browsers and manifest versions. wxt.config.ts merges these
 * into the shared manifest; everything else is the same for every browser.
 */

/**
 * Our Firefox add-on id. Firefox needs one to keep an add-on's storage across updates, and
 * addons.mozilla.org keeps it forever once published. `.invalid` is a reserved top-level domain,
 * so the id cannot be mistaken for an address that someone owns.
 */
export const FIREFOX_ADDON_ID = 'thaw@thaw.invalid';

/**
 * Firefox 140 (Android: 142) is the first to read `data_collection_permissions`, so older versions
 * would install the add-on without showing its "no data collected" declaration. The Android minimum
 * only keeps `web-ext lint` from warning: Thaw is for desktop (Firefox for Android has no `idle`).
 */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** The keyboard shortcut that opens the check-in popup. */
export const OPEN_POPUP_SHORTCUT = 'Alt+Shift+T';

export interface BuildTarget {
  browser: string;
  manifestVersion: 2 | 3;
}

/** The reserved command that opens the toolbar popup: its name changed with Manifest V3. */
export function openPopupCommand(manifestVersion: 2 | 3): '_execute_action' | '_execute_browser_action' {
  return manifestVersion === 3 ? '_execute_action' : '_execute_browser_action';
}

/** Firefox's own settings: the add-on id and the declaration that Thaw collects no data at all. */
export function geckoSettings() {
  return {
    gecko: {
      id: FIREFOX_ADDON_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none' as const] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
}

/**
 * Firefox puts a new add-on's button in its Extensions panel unless the add-on asks for the toolbar; Thaw
 * asks, so that "the Thaw button in the toolbar" is where its pages say it is. (Chrome has no such key:
 * a person pins the button there.)
 */
export function firefoxToolbarButton() {
  return { default_area: 'navbar' as const };
}

/** The browser-specific part of the manifest for one build target. */
export function browserManifest(target: BuildTarget) {
  return {
    commands: {
      [openPopupCommand(target.manifestVersion)]: { suggested_key: { default: OPEN_POPUP_SHORTCUT } },
    },
    ...(target.browser === 'firefox'
      ? { browser_specific_settings: geckoSettings(), action: firefoxToolbarButton() }
      : {}),
  };
}
