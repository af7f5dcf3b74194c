import { defineConfig } from 'wxt';
import { browserManifest } from './utils/browser-support/manifest';

// Extension pages may run only our own bundled scripts: no inline script, no eval, no remote code.
const EXTENSION_PAGE_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Every file imports what it uses.
  imports: false,
  // Manifest V3 everywhere, Firefox included (WXT would build MV2 for it): one manifest shape, the
  // same `action` API, and Firefox's MV3 event page can stop at any moment like Chrome's service
  // worker, which the background is built for. `--mv2` still builds MV2 if ever needed.
  manifestVersion: 3,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Only what the features need: break timing (alarms), active/idle detection (idle), break
    // reminders (notifications), and a journal the browser does not clear when the disk runs low
    // (unlimitedStorage: no install warning). No host permissions, no content scripts.
    permissions: ['alarms', 'idle', 'notifications', 'unlimitedStorage'],
    content_security_policy: {
      extension_pages: EXTENSION_PAGE_CSP,
    },
    // The keyboard shortcut to the popup, Firefox's add-on id and data declaration, and where its
    // toolbar button starts.
    ...browserManifest({ browser, manifestVersion }),
  }),
  // The sources zip (for Firefox's reviewers) holds what builds the add-on, not local test output.
  zip: { excludeSources: ['screenshots/**', 'test-results/**', 'playwright-report/**'] },
  vite: () => ({
    build: { sourcemap: false },
  }),
});
