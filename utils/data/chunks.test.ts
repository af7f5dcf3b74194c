import { describe, expect, it } from 'vitest';
import { ChunkedText } from './chunks';

describe('ChunkedText', () => {
  it('collects pieces into parts of about the chunk size, in order', () => {
    const out = new ChunkedText(10);
    const pieces = Array.from({ length: 25 }, (_, i) => `<${i}>`);
    for (const piece of pieces) out.push(piece);
    const parts = out.finish();
    expect(parts.join('')).toBe(pieces.join(''));
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.slice(0, -1).every((part) => part.length >= 10 && part.length < 14)).toBe(true);
  });

  it('gives nothing for nothing, and is empty after finishing', () => {
    const out = new ChunkedText(10);
    expect(out.finish()).toEqual([]);
    out.push('abc');
    expect(out.finish()).toEqual(['abc']);
    expect(out.finish()).toEqual([]);
  });
});
