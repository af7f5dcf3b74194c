import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, expect, it } from 'vitest';
import { buildWithBlankPage, popupScriptBytes } from './popup';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

async function fakeBuild(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), 'thaw-bench-test-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

const gz = (text: string) => gzipSync(text).length;

it('counts the popup entry and every popup chunk, lazy ones included, and no other page', async () => {
  const entry = 'console.log("popup");'.repeat(50);
  const lazy = 'export const later = 1;'.repeat(30);
  const build = await fakeBuild({
    'popup.html': '<script type="module" src="/popup-app.js"></script>',
    'popup-app.js': entry,
    'chunks/popup-AfterSave-x.js': lazy,
    'chunks/journal-y.js': 'journal only'.repeat(500),
  });
  expect(await popupScriptBytes(build)).toBe(gz(entry) + gz(lazy));
});

it('the blank page for comparison is a copy of the build plus one tiny page with the same ready marker', async () => {
  const build = await fakeBuild({ 'popup.html': '<p>popup</p>' });
  const copy = `${build}-with-blank`;
  await buildWithBlankPage(build, copy);
  try {
    expect(await readFile(path.join(copy, 'popup.html'), 'utf8')).toBe('<p>popup</p>');
    expect(await readFile(path.join(copy, 'bench-blank.js'), 'utf8')).toContain('type=range');
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});
