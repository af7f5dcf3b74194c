import { defineConfig } from 'wxt';

// Extension pages may run only our own bundled scripts: no inline script, no eval, no remote code.
const EXTENSION_PAGE_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Only what the features need: break timing (alarms), active/idle detection (idle),
    // and break reminders (notifications). No host permissions, no content scripts.
    permissions: ['alarms', 'idle', 'notifications'],
    content_security_policy: {
      extension_pages: EXTENSION_PAGE_CSP,
    },
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // Opens the check-in popup from the keyboard.
      _execute_action: { suggested_key: { default: 'Alt+Shift+T' } },
    },
  },
  vite: () => ({
    build: { sourcemap: false },
  }),
});
