import { describe, expect, it } from 'vitest';
import type { ConsoleEntry } from './browser-window';
import { thawConsoleProblems } from './console-check';

const origin = 'moz-extension://5c0f1d8e-7b3a-4e52-9d61-2a4f8c9e0b17';
const addonId = 'thaw@thaw.invalid';
const check = (output: string[], entries: ConsoleEntry[] = []) =>
  thawConsoleProblems({ output, entries, origin, addonId });

describe('thawConsoleProblems', () => {
  it("counts the pages' and background's console errors and warnings", () => {
    expect(
      check([
        'console.error: "[thaw] scheduler step failed" "alarm"',
        'console.warn: "careful"',
        'console.log: "just saying"',
        'console.info: "fyi"',
      ]),
    ).toEqual(['console.error: "[thaw] scheduler step failed" "alarm"', 'console.warn: "careful"']);
  });

  it("leaves out the browser's own output", () => {
    expect(check(['*** You are running in headless mode.', '[GFX1-]: RenderCompositorSWGL failed'])).toEqual(
      [],
    );
  });

  it("counts script errors in Thaw's files, and Firefox's warnings about the add-on", () => {
    const entries: ConsoleEntry[] = [
      { level: 'error', source: `${origin}/chunks/journal.js`, message: 'TypeError: x is undefined' },
      {
        level: 'warning',
        source: 'resource://gre/modules/ExtensionParent.sys.mjs',
        message: `In add-on ${addonId}, attempting to use listener "notifications.onButtonClicked", which is unimplemented.`,
      },
    ];
    expect(check([], entries)).toHaveLength(2);
  });

  it("leaves out the browser's own script errors and plain messages", () => {
    const entries: ConsoleEntry[] = [
      {
        level: 'error',
        source: 'resource:///modules/backup/BackupService.sys.mjs',
        message: 'NotAllowedError',
      },
      {
        level: 'warning',
        source: 'chrome://browser/content/browser.js',
        message: 'Window.fullScreen is deprecated',
      },
      { level: 'info', source: `${origin}/options.html`, message: 'a note' },
      { level: 'error', source: 'moz-extension://another-add-on/x.js', message: 'not ours' },
    ];
    expect(check([], entries)).toEqual([]);
  });
});
