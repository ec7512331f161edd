import { describe, expect, it } from 'vitest';
import {
  emptyMapping,
  formBody,
  localiseFileError,
  localiseProblem,
  mappingOf,
  mappingProblems,
  type ImportPreview,
} from './asset-import';
import { setLocale } from './i18n/index.svelte';

// jsdom's Blob has no text(); FileReader reads it as a browser would.
function text(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

describe('asset import', () => {
  it('sends the file and the text fields as multipart/form-data with the boundary in the type', async () => {
    const body = formBody(new Blob(['A,B\r\n1,2\r\n']), '台帳.csv', { sheet: '', mapping: '{"name":"B"}' });
    const boundary = body.type.replace('multipart/form-data; boundary=', '');
    expect(boundary).toMatch(/^mamori-[a-z0-9]{24}$/);
    expect(await text(body)).toBe(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="台帳.csv"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\nA,B\r\n1,2\r\n\r\n' +
        `--${boundary}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n{"name":"B"}\r\n` +
        `--${boundary}--\r\n`,
    );
  });

  it('names required fields without a column and columns chosen twice', () => {
    const mapping = { ...emptyMapping(), number: 'A', name: 'B', confidentiality: 'C', integrity: 'C' };
    expect(mappingProblems(mapping)).toEqual({ availability: 'required', integrity: 'twice' });
  });

  it('starts the form from the columns the server found', () => {
    const preview = { columns: [{ field: 'name', column: 'C', title: '資産名' }] } as unknown as ImportPreview;
    expect(mappingOf(preview).name).toBe('C');
    expect(mappingOf(preview).number).toBe('');
  });

  it('says the common file problems in Japanese and leaves English as the server wrote it', () => {
    setLocale('ja');
    expect(localiseFileError('is empty')).toBe('ファイルが空です。');
    expect(localiseFileError('line 1 has more than 256 columns')).toBe('1行目の列数が256列を超えています。');
    setLocale('en');
    expect(localiseFileError('is empty')).toBe('is empty');
  });

  it('says the common row problems in the UI language', () => {
    setLocale('ja');
    expect(localiseProblem('must be 1, 2 or 3')).toBe('1・2・3のいずれかにしてください。');
    expect(localiseProblem('A-3 is on rows 4, 5; each asset may appear once')).toBe(
      '管理番号 A-3 が 4, 5 行目にあります。1つの資産は1行にしてください。',
    );
    expect(localiseProblem('「総務」 is not a department')).toBe('「総務」はこの組織の部門ではありません。');
    expect(localiseProblem('「x」 is not 1–3 or 高/中/低')).toBe('「x」は使えません(1–3 or 高/中/低)。');
    expect(localiseProblem('something new')).toBe('something new');
    setLocale('en');
    expect(localiseProblem('must be 1, 2 or 3')).toBe('Must be 1, 2 or 3.');
  });
});
