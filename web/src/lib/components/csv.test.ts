import { describe, expect, it } from 'vitest';
import { BOM, csvFileName, escapeCsvCell, toCsv } from './csv';

describe('escapeCsvCell', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(escapeCsvCell('=1+2')).toBe("'=1+2");
    expect(escapeCsvCell('+81 3')).toBe("'+81 3");
    expect(escapeCsvCell('-5')).toBe("'-5");
    expect(escapeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsvCell('\tx')).toBe("'\tx");
  });
  it('quotes commas, quotes and line breaks', () => {
    expect(escapeCsvCell('a,b')).toBe('"a,b"');
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(escapeCsvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });
  it('leaves plain text and Japanese alone', () => {
    expect(escapeCsvCell('情報資産台帳')).toBe('情報資産台帳');
    expect(escapeCsvCell(null)).toBe('');
    expect(escapeCsvCell(42)).toBe('42');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and uses CRLF', () => {
    const csv = toCsv(['名前', 'メール'], [['山田', 'a@example.com']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}名前,メール\r\n山田,a@example.com\r\n`);
  });
  it('names files with a timestamp', () => {
    expect(csvFileName('members', new Date('2025-04-01T09:08:07Z'))).toBe('members-2025-04-01-09-08-07.csv');
  });
});
