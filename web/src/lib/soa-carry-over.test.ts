import { describe, expect, it } from 'vitest';
import type { CarryOverTable } from './api/types';
import { decodeSheet, earlierId, parseCsv, readApplicability, readEarlierSheet, successorsOf, templateSheet } from './soa-carry-over';

const table: CarryOverTable = {
  from: 'iso27001-2013',
  name: { ja: '2013年版', en: '2013' },
  rows: [
    { earlier_id: 'A.10.1.1', earlier_title: 'Policy on the use of cryptographic controls', id: 'A.8.24', relation: 'merged' },
    { earlier_id: 'A.10.1.2', earlier_title: 'Key management', id: 'A.8.24', relation: 'merged' },
    { earlier_id: 'A.18.2.3', earlier_title: 'Technical compliance review', id: 'A.5.36', relation: 'split' },
    { earlier_id: 'A.18.2.3', earlier_title: 'Technical compliance review', id: 'A.8.8', relation: 'split' },
    { earlier_id: '', earlier_title: '', id: 'A.5.7', relation: 'new' },
  ],
};

describe('parseCsv', () => {
  it('reads quoted cells with commas, quotes and line breaks, and skips blank lines', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n\r\n1,2')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
      ['1', '2'],
    ]);
  });
});

describe('decodeSheet', () => {
  it('reads UTF-8, and Shift_JIS when the bytes are not UTF-8', () => {
    expect(decodeSheet(new TextEncoder().encode('適用'))).toBe('適用');
    // 適用 in Shift_JIS
    expect(decodeSheet(new Uint8Array([0x93, 0x4b, 0x97, 0x70]))).toBe('適用');
  });
});

describe('readEarlierSheet', () => {
  it('takes the usual ways of writing applicable and excluded', () => {
    expect(readApplicability('○')).toBe('applicable');
    expect(readApplicability(' 適用 ')).toBe('applicable');
    expect(readApplicability('除外')).toBe('not_applicable');
    expect(readApplicability('×')).toBe('not_applicable');
    expect(readApplicability('たぶん')).toBeNull();
    expect(earlierId('10.1.1')).toBe('A.10.1.1');
    expect(earlierId('a.10.1.1')).toBe('A.10.1.1');
  });

  it('keeps good rows and names every problem by its line', () => {
    const cells = parseCsv('管理策,適用,採用理由,除外理由\n10.1.1,除外,,暗号を使わない\nA.10.1.2,○,鍵管理規程,\nA.5.1,○,,\nA.10.1.2,○,,\nA.18.2.3,たぶん,,');
    const { rows, problems } = readEarlierSheet(cells, table);
    expect(rows).toEqual([
      { control_id: 'A.10.1.1', applicability: 'not_applicable', reason_text: '', justification: '暗号を使わない' },
      { control_id: 'A.10.1.2', applicability: 'applicable', reason_text: '鍵管理規程', justification: '' },
    ]);
    expect(problems).toEqual([
      { line: 4, kind: 'unknown_control', value: 'A.5.1' },
      { line: 5, kind: 'duplicate', value: 'A.10.1.2' },
      { line: 6, kind: 'applicability', value: 'たぶん' },
    ]);
  });

  it('shows what each earlier control became', () => {
    expect(successorsOf(table, 'A.18.2.3')).toEqual(['A.5.36', 'A.8.8']);
    expect(successorsOf(table, 'A.10.1.1')).toEqual(['A.8.24']);
  });

  it('writes a template listing every earlier control once', () => {
    const lines = templateSheet(table, ['管理策', '適用/除外', '採用理由', '除外理由', '名称']).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toEqual(['管理策,適用/除外,採用理由,除外理由,名称', 'A.10.1.1,,,,Policy on the use of cryptographic controls', 'A.10.1.2,,,,Key management', 'A.18.2.3,,,,Technical compliance review']);
  });
});
