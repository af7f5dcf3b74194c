import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Where the minimal React page lives in the bench's copy of the extension. */
export const REACT_PAGE = 'bench-react/index.html';

/**
 * Copies the build and adds the popup's two yardsticks: a blank page (one tiny module script that
 * draws the popup's ready marker) and the smallest React 19 page (bench/react-page: one root, one
 * button), built by Vite with React's plugin as WXT builds the pages. Neither ships.
 */
export async function buildWithYardsticks(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
  await writeFile(
    path.join(to, 'bench-blank.html'),
    '<!doctype html><div id="root"></div><script type="module" src="bench-blank.js"></script>',
  );
  await writeFile(
    path.join(to, 'bench-blank.js'),
    "document.getElementById('root').innerHTML = '<input type=range>';",
  );
  await build({
    configFile: false,
    root: path.resolve('bench/react-page'),
    base: '/bench-react/',
    mode: 'production',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: path.join(to, 'bench-react'), emptyOutDir: true, sourcemap: false },
  });
}

/** The popup is ready once its mood meter (the first range input) is in the page; the blank page's one input too. */
export const POPUP_READY = 'input[type=range]';
/** The minimal React page is ready once React has drawn its button. */
export const REACT_READY = 'button';

/** Scripts a built module names: static and dynamic imports (`./x.js`) and preload lists (`chunks/x.js`). */
function scriptsNamedIn(code: string, file: string): string[] {
  const dir = path.posix.dirname(file);
  return [...code.matchAll(/["'`](\.\/|\/?chunks\/)([\w.-]+\.js)["'`]/g)].map(([, prefix, name]) =>
    prefix === './' ? path.posix.join(dir, name ?? '') : `chunks/${name ?? ''}`,
  );
}

/**
 * Gzip size of every script the popup may load: those popup.html names and, following their imports
 * (static and lazy), every chunk they can reach: the database code it fetches after the first render
 * and the after-save view included.
 */
export async function popupScriptBytes(buildDir: string): Promise<number> {
  const html = await readFile(path.join(buildDir, 'popup.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const seen = new Set<string>();
  let total = 0;
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(path.join(buildDir, file));
    total += gzipSync(code).length;
    queue.push(...scriptsNamedIn(code.toString('utf8'), file));
  }
  return total;
}
