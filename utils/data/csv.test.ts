import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv';

describe('csvCell', () => {
  it('quotes text and doubles the quotes inside', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('she said "enough"')).toBe('"she said ""enough"""');
    expect(csvCell('a, b\nc\r\nd')).toBe('"a, b\nc\r\nd"');
    expect(csvCell('')).toBe('""');
  });

  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('neutralises a formula: %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it.each([
    [' =1+1', `"' =1+1"`],
    ['  +1', `"'  +1"`],
    ['\n=1+1', `"'\n=1+1"`],
    ['\r\n@SUM(A1)', `"'\r\n@SUM(A1)"`],
    ['\u3000=1', `"'\u3000=1"`],
    ['\uFF1D1+1', `"'\uFF1D1+1"`],
    ['\uFF0B1', `"'\uFF0B1"`],
    ['\uFF0D1+1', `"'\uFF0D1+1"`],
    ['\uFF20SUM(A1)', `"'\uFF20SUM(A1)"`],
    ['"=1+1', `"'""=1+1"`],
    [';=1+1', `"';=1+1"`],
    ['|=1+1', `"'|=1+1"`],
    [' ; "=cmd', `"' ; ""=cmd"`],
  ])('neutralises a formula behind a space, a line break, a quote or a separator: %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('leaves text that only starts with a space, a quote or a separator alone', () => {
    expect(csvCell('"quoted" = fine')).toBe('"""quoted"" = fine"');
    expect(csvCell('; not a formula')).toBe('"; not a formula"');
    expect(csvCell(' leading space')).toBe('" leading space"');
  });

  it('leaves a formula sign inside text alone', () => {
    expect(csvCell('1 + 1 = 2')).toBe('"1 + 1 = 2"');
    expect(csvCell('me@home')).toBe('"me@home"');
  });

  it('writes numbers plain, negative ones too, and missing values empty', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('csvRow', () => {
  it('joins cells with commas and ends with CRLF', () => {
    expect(csvRow(['a', 2, null, '=x'])).toBe(`"a",2,,"'=x"\r\n`);
  });
});
