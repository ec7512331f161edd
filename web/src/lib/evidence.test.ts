import { describe, expect, it } from 'vitest';
import { ApiError } from './api/client';
import type { Evidence, EvidenceVersion } from './api/types';
import {
  acceptedFileName,
  blankEvidenceDraft,
  daysBetween,
  evidenceInput,
  evidenceProblems,
  evidenceSummary,
  expiryState,
  isFileVersion,
  isIsoDate,
  latestVersion,
  nextVersionDraft,
  uploadProblem,
  versionsNewestFirst,
  type EvidenceDraft,
} from './evidence';

const version = (number: number, changes: Partial<EvidenceVersion> = {}): EvidenceVersion => ({
  number,
  attachment_id: 'a1',
  link: '',
  effective_on: '2026-03-31',
  expires_on: null,
  note: '',
  added_by: 'u1',
  added_at: '2026-04-02T01:00:00Z',
  ...changes,
});

const evidence = (versions: EvidenceVersion[], stale = false): Evidence => ({
  id: 'e1',
  applied_control_id: 'c1',
  title: 'バックアップ復旧テスト結果',
  owner_id: 'u2',
  stale,
  versions,
  created_at: '2026-04-02T01:00:00Z',
  version: versions.length,
});

const draft = (changes: Partial<EvidenceDraft> = {}): EvidenceDraft => ({
  ...blankEvidenceDraft(),
  title: '脆弱性診断報告書',
  effective_on: '2026-05-20',
  ...changes,
});

const problem = (status: number, errors: { field: string; message: string }[] = []) =>
  new ApiError({ type: 'about:blank', title: 'Bad request', status, errors });

describe('evidenceProblems', () => {
  it('accepts a file with a title and an effective date', () => {
    expect(evidenceProblems(draft(), { name: '診断報告書.PDF' }, true)).toEqual({});
  });

  it('names every missing field at once', () => {
    expect(evidenceProblems(draft({ title: ' ', effective_on: '' }), null, true)).toEqual({
      title: 'title_required',
      file: 'file_required',
      effective_on: 'effective_on_required',
    });
  });

  it('does not ask a new version for a title', () => {
    expect(evidenceProblems(draft({ title: '' }), { name: 'x.png' }, false)).toEqual({});
  });

  it('refuses a file type evidence does not take', () => {
    expect(evidenceProblems(draft(), { name: 'notes.html' }, true)).toEqual({ file: 'file_type' });
  });

  it('wants an http or https link', () => {
    expect(evidenceProblems(draft({ kind: 'link' }), null, true)).toEqual({ link: 'link_required' });
    expect(evidenceProblems(draft({ kind: 'link', link: 'ftp://example.com/x' }), null, true)).toEqual({ link: 'link_scheme' });
    expect(evidenceProblems(draft({ kind: 'link', link: 'https://wiki.example.com/backup' }), null, true)).toEqual({});
  });

  it('checks the dates: real, and the expiry not before the effective date', () => {
    expect(evidenceProblems(draft({ effective_on: '2026-04-31' }), { name: 'a.pdf' }, true)).toEqual({ effective_on: 'date_invalid' });
    expect(evidenceProblems(draft({ expires_on: '2026-05-19' }), { name: 'a.pdf' }, true)).toEqual({
      expires_on: 'expires_before_effective',
    });
    expect(evidenceProblems(draft({ expires_on: '2026-05-20' }), { name: 'a.pdf' }, true)).toEqual({});
    expect(evidenceProblems(draft({ expires_on: '26-1-1' }), { name: 'a.pdf' }, true)).toEqual({ expires_on: 'date_invalid' });
  });
});

describe('evidenceInput', () => {
  it('sends a file as its attachment, leaving out empty fields', () => {
    expect(evidenceInput(draft({ title: ' 脆弱性診断報告書 ', owner_id: 'u2' }), 'att1', true)).toEqual({
      title: '脆弱性診断報告書',
      owner_id: 'u2',
      attachment_id: 'att1',
      effective_on: '2026-05-20',
    });
  });

  it('sends a link with its expiry and note, and no title for a new version', () => {
    expect(
      evidenceInput(
        draft({ kind: 'link', link: ' https://tickets.example.com/SEC-12 ', expires_on: '2026-11-20', note: ' 是正済み ' }),
        'ignored',
        false,
      ),
    ).toEqual({ link: 'https://tickets.example.com/SEC-12', effective_on: '2026-05-20', expires_on: '2026-11-20', note: '是正済み' });
  });
});

describe('versions', () => {
  const history = evidence([version(1), version(2, { attachment_id: null, link: 'https://wiki.example.com/r' })]);

  it('the latest is the last, the history newest first', () => {
    expect(latestVersion(history)?.number).toBe(2);
    expect(versionsNewestFirst(history).map((entry) => entry.number)).toEqual([2, 1]);
    expect(history.versions.map((entry) => entry.number)).toEqual([1, 2]);
    expect(latestVersion(evidence([]))).toBeNull();
  });

  it('tells files from links', () => {
    expect(isFileVersion(history.versions[0]!)).toBe(true);
    expect(isFileVersion(history.versions[1]!)).toBe(false);
  });

  it('a new version starts as the latest was: a link stays a link', () => {
    expect(nextVersionDraft(history)).toMatchObject({ kind: 'link', title: history.title, effective_on: '', link: '' });
    expect(nextVersionDraft(evidence([version(1)])).kind).toBe('file');
  });
});

describe('expiryState', () => {
  it('is expired when the server says stale, even before the client date catches up', () => {
    expect(expiryState(evidence([version(1, { expires_on: '2026-12-31' })], true), '2026-06-01')).toBe('expired');
  });

  it('is expired once the expiry has passed, expiring within 30 days, valid before', () => {
    const expiring = evidence([version(1, { expires_on: '2026-06-30' })]);
    expect(expiryState(expiring, '2026-07-01')).toBe('expired');
    expect(expiryState(expiring, '2026-06-30')).toBe('expiring');
    expect(expiryState(expiring, '2026-05-31')).toBe('expiring');
    expect(expiryState(expiring, '2026-05-30')).toBe('valid');
  });

  it('without an expiry, it does not expire', () => {
    expect(expiryState(evidence([version(1)]), '2099-01-01')).toBe('no_expiry');
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
  });

  it('summarises the stale ones', () => {
    expect(evidenceSummary([{ stale: true }, { stale: false }, { stale: true }])).toEqual({ total: 3, stale: 2 });
  });
});

describe('uploads', () => {
  it('takes the extensions evidence takes, in any case', () => {
    for (const name of ['a.pdf', 'b.DOCX', 'c.xlsx', 'd.png', 'e.jpg', 'f.JPEG']) expect(acceptedFileName(name)).toBe(true);
    for (const name of ['a.exe', 'b.html', 'pdf', 'c.pdf.zip']) expect(acceptedFileName(name)).toBe(false);
  });

  it('recognises the server refusals of an upload', () => {
    expect(uploadProblem(problem(413))).toBe('too_large');
    expect(uploadProblem(problem(400, [{ field: 'file_name', message: 'must end in .pdf, .docx, .xlsx, .png or .jpg' }]))).toBe('bad_name');
    expect(uploadProblem(problem(400, [{ field: 'file', message: 'is not a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG file' }]))).toBe(
      'not_evidence',
    );
    expect(uploadProblem(problem(400, [{ field: 'file', message: 'content does not match its name: …' }]))).toBe('mismatch');
    expect(uploadProblem(problem(400, [{ field: 'file', message: 'is empty' }]))).toBe('empty');
    expect(uploadProblem(problem(403))).toBeNull();
    expect(uploadProblem(new Error('x'))).toBeNull();
  });

  it('knows real dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });
});
