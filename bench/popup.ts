import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Copies the build and adds a blank page (one tiny module script that marks itself ready), so
 * the popup can be compared with the cheapest possible page of the same extension.
 */
export async function buildWithBlankPage(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
  await writeFile(
    path.join(to, 'bench-blank.html'),
    '<!doctype html><div id="root"></div><script type="module" src="bench-blank.js"></script>',
  );
  await writeFile(
    path.join(to, 'bench-blank.js'),
    "document.getElementById('root').innerHTML = '<input type=range>';",
  );
}

/** The popup is ready once its mood meter (the first range input) is in the page; the blank page's one input too. */
export const POPUP_READY = 'input[type=range]';

/**
 * Gzip size of every script the popup may load: its entry and all of its own chunks (the database
 * code it fetches after the first render and the after-save view included), not only the first file.
 */
export async function popupScriptBytes(buildDir: string): Promise<number> {
  const html = await readFile(path.join(buildDir, 'popup.html'), 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const chunks = (await readdir(path.join(buildDir, 'chunks'))).filter((f) => f.startsWith('popup-'));
  let total = 0;
  for (const file of [...entries, ...chunks.map((c) => `chunks/${c}`)]) {
    total += gzipSync(await readFile(path.join(buildDir, file))).length;
  }
  return total;
}
