import { describe, expect, it } from 'vitest';
import { assetsOf, compareControlIds, evidenceHref, fullControlId, referenceControlsOf, routesOf } from './trace';
import type { Evidence } from './api/types';

const backups = { id: 'c1', number: 'C-001', references: [{ framework: 'iso27001-2022', control_id: 'A.8.13', title_ja: '', title_en: '' }] };
const tapes = { id: 'c2', number: 'C-002', references: [{ framework: 'iso27001-2022', control_id: 'A.8.13', title_ja: '', title_en: '' }, { framework: 'iso27001-2022', control_id: 'A.5.30', title_ja: '', title_en: '' }] };

describe('routesOf', () => {
  it('tells a control planned directly from one reached through applied controls', () => {
    expect(routesOf({ annex_a_controls: ['8.24'], applied_controls: [] }, 'A.8.24', [backups])).toEqual({ direct: true, through: [] });
    expect(routesOf({ annex_a_controls: ['8.24'], applied_controls: ['c1'] }, 'A.8.13', [backups, tapes])).toEqual({ direct: false, through: ['C-001'] });
    expect(routesOf({ annex_a_controls: ['8.13'], applied_controls: ['c1', 'c2'] }, 'A.8.13', [backups, tapes])).toEqual({ direct: true, through: ['C-001', 'C-002'] });
  });

  it('finds no route through an applied control the trace does not list (a retired one)', () => {
    expect(routesOf({ annex_a_controls: [], applied_controls: ['c9'] }, 'A.8.13', [backups])).toEqual({ direct: false, through: [] });
  });
});

describe('referenceControlsOf', () => {
  it('joins the planned controls and those of the named applied controls, each once, in Annex A order', () => {
    expect(referenceControlsOf({ annex_a_controls: ['8.13', '5.10'], applied_controls: ['c2'] }, [backups, tapes])).toEqual(['A.5.10', 'A.5.30', 'A.8.13']);
    expect(referenceControlsOf({ annex_a_controls: [], applied_controls: [] }, [backups])).toEqual([]);
  });
});

describe('compareControlIds', () => {
  it('orders by number, not text', () => {
    expect(['A.5.10', 'A.8.1', 'A.5.2'].sort(compareControlIds)).toEqual(['A.5.2', 'A.5.10', 'A.8.1']);
    expect(fullControlId('8.24')).toBe('A.8.24');
    expect(fullControlId('A.8.24')).toBe('A.8.24');
  });
});

describe('assetsOf', () => {
  it('lists each asset once with its number of risks', () => {
    const asset = (id: string, number: string) => ({ asset: { id, number, name: number, department_id: null } });
    expect(assetsOf([asset('b', 'I-002'), asset('a', 'I-001'), asset('b', 'I-002')])).toEqual([
      { id: 'a', number: 'I-001', name: 'I-001', risks: 1 },
      { id: 'b', number: 'I-002', name: 'I-002', risks: 2 },
    ]);
  });
});

describe('evidenceHref', () => {
  const version = { number: 1, attachment_id: null, link: '', effective_on: '2026-03-31', expires_on: null, note: '', added_by: 'u', added_at: '2026-04-01T00:00:00Z' };
  const evidence = (versions: Evidence['versions']): Pick<Evidence, 'id' | 'versions'> => ({ id: 'e1', versions });

  it('downloads the newest version’s file, or opens its link', () => {
    expect(evidenceHref('o', evidence([{ ...version, link: 'https://wiki.example.com/a' }, { ...version, number: 2, attachment_id: 'f' }]))).toBe('/api/v1/orgs/o/evidence/e1/versions/2/content');
    expect(evidenceHref('o', evidence([{ ...version, link: 'https://wiki.example.com/a' }]))).toBe('https://wiki.example.com/a');
    expect(evidenceHref('o', evidence([]))).toBeNull();
  });
});
