import { describe, expect, it } from 'vitest';
import { emptyMapping, formBody, localiseFileError, mappingOf, mappingProblems, type ImportPreview } from './asset-import';
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
});
