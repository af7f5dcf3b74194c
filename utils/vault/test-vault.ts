/**
 * Helpers for the vault tests only (never imported by the extension).
 */
import { createVault, type OpenVault } from './vault';

/** PBKDF2 rounds for tests: fast, still a real derivation. */
export const FAST_ITERATIONS = 1000;
export const PASSPHRASE = 'correct horse battery staple';
export const NOW = Date.UTC(2025, 0, 2, 3, 4, 5);

/** A new vault with FAST_ITERATIONS. */
export function fastVault(passphrase = PASSPHRASE): Promise<OpenVault> {
  return createVault(passphrase, { now: NOW, iterations: FAST_ITERATIONS });
}

/** The base64 text with one character changed, still well-formed base64 of the same length. */
export function flipBase64(text: string, at = 2): string {
  const replacement = text[at] === 'A' ? 'B' : 'A';
  return text.slice(0, at) + replacement + text.slice(at + 1);
}

/** Unicode, emoji (with joiners and skin tones), a byte-order mark, long and empty texts. */
export const SAMPLE_TEXTS = [
  '',
  'Felt calm after the walk.',
  'Ánimo, niño: ça va? 日本語のテキスト — Ελληνικά',
  '🙂 👩🏽‍💻 🏳️‍🌈 family: 👨‍👩‍👧‍👦',
  '\uFEFFstarts with a byte-order mark',
  'line one\nline two\r\n\ttabbed \u0000 nul',
  'long '.repeat(4000),
];
