import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from './fixtures';

// Reads the production build's manifest: no browser needed.
const DECLARED_PERMISSIONS = ['alarms', 'idle', 'notifications', 'unlimitedStorage'];

test('the built extension asks for nothing beyond what its features need', async () => {
  const manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  expect((manifest.permissions as string[]).sort()).toEqual(DECLARED_PERMISSIONS);
  expect(manifest).not.toHaveProperty('host_permissions');
  expect(manifest).not.toHaveProperty('optional_permissions');
  expect(manifest).not.toHaveProperty('optional_host_permissions');
  expect(manifest).not.toHaveProperty('content_scripts');
  expect(manifest).not.toHaveProperty('externally_connectable');
  expect(manifest).not.toHaveProperty('web_accessible_resources');

  const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:/);
  expect(csp).toContain("object-src 'none'");
});
