import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { browserManifest } from './utils/browser-support/manifest';
import { asPopupModule, inlineStylesheet } from './build/popup-build';

/** The popup's script entry (entrypoints/popup-app.tsx). */
const POPUP_SCRIPT = 'popup-app';

// Extension pages may run only our own bundled scripts: no inline script, no eval, no remote code.
const EXTENSION_PAGE_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** The toolbar button's tooltip, translated. */
const ACTION_TITLE = '__MSG_actionTitle__';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Manifest V3 everywhere, Firefox included (WXT would build MV2 for it): one manifest shape, the
  // same `action` API, and Firefox's MV3 event page can stop at any moment like Chrome's service
  // worker, which the background is built for. `--mv2` still builds MV2 if ever needed.
  manifestVersion: 3,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Only what the features need: break timing (alarms), active/idle detection (idle),
    // and break reminders (notifications). No host permissions, no content scripts.
    permissions: ['alarms', 'idle', 'notifications'],
    content_security_policy: {
      extension_pages: EXTENSION_PAGE_CSP,
    },
    // The keyboard shortcut to the popup, Firefox's add-on id and data declaration, and where its
    // toolbar button starts.
    ...browserManifest({ browser, manifestVersion }),
    // The popup is public/popup.html (see entrypoints/popup-app.tsx), so it is named here.
    action: {
      default_title: ACTION_TITLE,
      default_popup: 'popup.html',
      ...browserManifest({ browser, manifestVersion }).action,
    },
  }),
  hooks: {
    // The popup's script is an unlisted script (one self-contained file, see entrypoints/popup-app.tsx):
    // the pages' chunk grouping below does not apply to that build.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entry) => entry.name === POPUP_SCRIPT)) asPopupModule(config);
    },
    // ...and its styles go inline into popup.html: one request fewer before the form can show.
    'build:done': (wxt) => inlineStylesheet(wxt.config.outDir, 'popup.html', `assets/${POPUP_SCRIPT}.css`),
    // WXT takes the tooltip from the popup's <title>, which cannot be translated; put ours back.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const button of [manifest.action, manifest.browser_action])
        if (button) button.default_title = ACTION_TITLE;
    },
  },
  // The sources zip (for Firefox's reviewers) holds what builds the add-on, not local test output.
  zip: { excludeSources: ['screenshots/**', 'test-results/**', 'playwright-report/**'] },
  vite: () => ({
    // Pages are written against React's API and run on Preact through preact/compat (the preset
    // aliases react and react-dom): the same components at ~4 KB instead of React DOM's ~60 KB,
    // which is what keeps the popup small and quick to open (issues #3 and #9).
    plugins: [preact()],
    build: {
      sourcemap: false,
      // Few, larger chunks: each module an extension page loads costs a round trip before it can
      // run, which showed in how fast the popup opens. Page-only code (Preact, components) stays
      // out of what the service worker loads: it has no DOM.
      rolldownOptions: {
        output: {
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [
              { name: 'ui', test: /node_modules[\\/]preact|[\\/]components[\\/]/, minShareCount: 2 },
              { name: 'core', test: /[\\/]utils[\\/]|node_modules[\\/]/, minShareCount: 2 },
            ],
          },
        },
      },
    },
  }),
});
