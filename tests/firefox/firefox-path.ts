// Finds a Firefox for the Firefox suite: $FIREFOX_PATH, then Firefox ESR or Firefox on PATH.
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';

export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.`);
  }
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      // The binary itself, not a symlink to it: the browser finds its files beside the real path.
      if (found) return realpathSync(found);
    } catch {
      // not on PATH; try the next
    }
  }
  throw new Error(
    'No Firefox found for the Firefox tests. Install Firefox ESR (Debian/Ubuntu: `sudo apt-get install ' +
      'firefox-esr`), or set FIREFOX_PATH to a Firefox 140 or newer.',
  );
}
