import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asPopupModule, inlineStylesheet } from './popup-build';

async function outDir(html: string, css: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'thaw-build-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'popup.html'), html);
  await writeFile(path.join(dir, 'assets/popup-app.css'), css);
  return dir;
}

describe('popup build', () => {
  it('puts the stylesheet inline in place of its link, and leaves the rest of the page alone', async () => {
    const dir = await outDir(
      '<head><link rel="stylesheet" href="/assets/popup-app.css" /></head><body><script src="/popup-app.js"></script></body>',
      'body{color:red}',
    );
    await inlineStylesheet(dir, 'popup.html', 'assets/popup-app.css');
    expect(await readFile(path.join(dir, 'popup.html'), 'utf8')).toBe(
      '<head><style>body{color:red}</style></head><body><script src="/popup-app.js"></script></body>',
    );
  });

  it('does nothing to a page without the link, and refuses styles that would end the element', async () => {
    const dir = await outDir('<head></head>', 'a{}');
    await inlineStylesheet(dir, 'popup.html', 'assets/popup-app.css');
    expect(await readFile(path.join(dir, 'popup.html'), 'utf8')).toBe('<head></head>');
    const bad = await outDir('<link rel="stylesheet" href="/assets/popup-app.css">', 'a{content:"</style>"}');
    await expect(inlineStylesheet(bad, 'popup.html', 'assets/popup-app.css')).rejects.toThrow('</style');
  });

  it("makes the popup step an ES module with its own lazy chunks, free of the pages' chunk groups", () => {
    const config = {
      build: {
        lib: { entry: 'popup-app.tsx', formats: ['iife' as const] },
        rolldownOptions: { output: { codeSplitting: { groups: [] }, entryFileNames: 'popup-app.js' } },
      },
    };
    asPopupModule(config);
    expect(config.build.lib.formats).toEqual(['es']);
    expect(config.build.rolldownOptions).toEqual({
      preserveEntrySignatures: false,
      output: { entryFileNames: 'popup-app.js', chunkFileNames: 'chunks/popup-[name]-[hash].js' },
    });
  });
});
