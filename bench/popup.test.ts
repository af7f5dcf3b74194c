import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, expect, it } from 'vitest';
import { popupScriptBytes } from './popup';

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

it('counts every script the popup can reach, lazy chunks included, and no other page', async () => {
  const entry = 'import{a}from"./shared-1.js";const l=()=>import("./AfterSave-2.js");'.repeat(5);
  const shared = 'export const a = 1;'.repeat(30);
  const preload = '__vite__mapDeps(["chunks/connection-3.js"]);'.repeat(4);
  const lazy = 'import"./shared-1.js";'.repeat(10);
  const db = 'indexedDB.open("thaw")'.repeat(20);
  const build = await fakeBuild({
    'popup.html':
      '<script type="module" src="/chunks/popup-0.js"></script><link rel="modulepreload" href="/chunks/pre-4.js">',
    'chunks/popup-0.js': entry,
    'chunks/shared-1.js': shared,
    'chunks/AfterSave-2.js': lazy,
    'chunks/pre-4.js': preload,
    'chunks/connection-3.js': db,
    'chunks/journal-5.js': 'journal only'.repeat(500),
  });
  expect(await popupScriptBytes(build)).toBe(gz(entry) + gz(shared) + gz(lazy) + gz(preload) + gz(db));
});
