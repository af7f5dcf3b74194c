import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Browser, createProfile } from '@puppeteer/browsers';
import { FIREFOX_ADDON_ID } from '../../utils/browser-support/manifest';

/** The production Firefox build (`npm run build:firefox`). */
export const FIREFOX_BUILD_DIR = path.resolve('.output/firefox-mv3');

/** Thaw's internal id in the test profile, fixed so its pages have known addresses. */
export const ADDON_UUID = '5c0f1d8e-7b3a-4e52-9d61-2a4f8c9e0b17';
export const ORIGIN = `moz-extension://${ADDON_UUID}`;
export { FIREFOX_ADDON_ID };

/** How long the event page may sit idle before Firefox unloads it (30 s by default). */
export const BACKGROUND_IDLE_MS = 2000;

/**
 * Preferences for a quiet, closed, observable Firefox, on top of Puppeteer's profile defaults (which
 * send the browser's own services to an address that never resolves).
 */
function preferences(proxyPort: number, downloadDir: string): Record<string, string | number | boolean> {
  return {
    // The add-on: installed from the profile (unsigned, allowed in ESR), with a known internal id.
    'xpinstall.signatures.required': false,
    'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: ADDON_UUID }),
    'extensions.background.idle.timeout': BACKGROUND_IDLE_MS,
    // action.openPopup() from a test opens the real toolbar popup.
    'extensions.openPopupWithoutUserGesture.enabled': true,
    // Notifications in Firefox's own alert window (there is no system notification daemon here).
    'alerts.useSystemBackend': false,
    // The console: pages' and background's console calls on standard output; nothing else there.
    'devtools.console.stdout.content': true,
    'browser.dom.window.dump.enabled': false,
    // Downloads go to a known folder without asking.
    'browser.download.folderList': 2,
    'browser.download.dir': downloadDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    // Every request goes through the network guard, localhost included.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // Firefox's own background traffic, off where a switch exists (the rest goes to dummy.test).
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'dom.push.connection.enabled': false,
    'toolkit.telemetry.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'browser.region.network.url': '',
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'fission.webContentIsolationStrategy': 0,
  };
}

/** The environment Firefox runs in: Remote Settings obeys its server preference only with this set. */
export const FIREFOX_ENV = { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' };

const run = promisify(execFile);

/**
 * Installs the build as a real add-on of the profile, as one downloaded from addons.mozilla.org would be:
 * `<profile>/extensions/<id>.xpi`, kept across restarts (a temporary add-on is removed at shutdown).
 */
async function installXpi(profileDir: string): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'thaw-xpi-'));
  try {
    // web-ext names the file itself (no "@" allowed); it is renamed to the add-on id below.
    await run(path.resolve('node_modules/.bin/web-ext'), [
      'build',
      '--source-dir',
      FIREFOX_BUILD_DIR,
      '--artifacts-dir',
      work,
      '--filename',
      'thaw.xpi',
      '--no-config-discovery',
    ]);
    await mkdir(path.join(profileDir, 'extensions'), { recursive: true });
    await rename(path.join(work, 'thaw.xpi'), path.join(profileDir, 'extensions', `${FIREFOX_ADDON_ID}.xpi`));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Writes the preferences (again at each start: the proxy's port changes) and, the first time, the add-on. */
export async function prepareProfile(
  profileDir: string,
  options: { proxyPort: number; downloadDir: string; install: boolean },
): Promise<void> {
  if (options.install) await installXpi(profileDir);
  await createProfile(Browser.FIREFOX, {
    path: profileDir,
    preferences: preferences(options.proxyPort, options.downloadDir),
  });
}
