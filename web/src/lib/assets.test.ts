import { describe, expect, it } from 'vitest';
import { ApiError } from './api/client';
import type { Asset } from './api/types';
import {
  assetChanges,
  assetCounts,
  assetDraftOf,
  assetQuery,
  ciaMark,
  ciaSummary,
  ciaText,
  localiseAssetError,
  ownerChoice,
  ownerFields,
  problemKey,
  raisedBy,
} from './assets';

function asset(overrides: Partial<Asset> = {}): Asset {
  return {
    id: 'a1',
    number: 'H-001',
    name: '顧客管理サーバー',
    category: 'hardware',
    description: '',
    owner_id: null,
    owner_role_id: 'role1',
    department_id: null,
    custodian_id: null,
    user_scope: '',
    location: '',
    format: 'electronic',
    quantity: 1,
    retention_months: 0,
    confidentiality: 1,
    integrity: 1,
    availability: 1,
    confidentiality_override: null,
    integrity_override: null,
    availability_override: null,
    override_reason: '',
    inherited: { confidentiality: null, integrity: null, availability: null },
    effective: { confidentiality: 1, integrity: 1, availability: 1 },
    asset_value: 1,
    classification: '',
    personal_information: 'none',
    personal_records: 0,
    status: 'in_use',
    next_review_on: null,
    notes: '',
    supported_by: [],
    supports: [],
    created_at: '2026-01-01T00:00:00Z',
    version: 1,
    ...overrides,
  };
}

// The server of the transcript: C1 I1 A1 of its own, carrying C3 I2 A2 information.
const server = asset({
  inherited: { confidentiality: 3, integrity: 2, availability: 1 },
  effective: { confidentiality: 3, integrity: 2, availability: 1 },
  asset_value: 3,
  supports: ['data', 'other'],
});

describe('C/I/A display', () => {
  it('marks a value raised by what the asset supports as inherited', () => {
    expect(ciaMark(server, 'confidentiality')).toBe('inherited');
    expect(ciaText(server, 'confidentiality')).toBe('3↑');
  });

  it('does not mark an inherited value no higher than the own value', () => {
    expect(ciaMark(server, 'availability')).toBe('own');
    expect(ciaText(server, 'availability')).toBe('1');
    expect(ciaMark(asset(), 'integrity')).toBe('own');
  });

  it('marks an overridden value, whatever was inherited', () => {
    const overridden = asset({
      ...server,
      confidentiality_override: 2,
      override_reason: '暗号化して保存する',
      effective: { confidentiality: 2, integrity: 2, availability: 1 },
    });
    expect(ciaMark(overridden, 'confidentiality')).toBe('overridden');
    expect(ciaText(overridden, 'confidentiality')).toBe('2*');
    expect(ciaSummary(overridden)).toBe('C2* I2↑ A1');
  });

  it('names the supported assets that give the inherited value', () => {
    const data = asset({ id: 'data', number: 'I-001', effective: { confidentiality: 3, integrity: 2, availability: 2 } });
    const other = asset({ id: 'other', number: 'I-002', effective: { confidentiality: 2, integrity: 2, availability: 1 } });
    const known = new Map([data, other].map((item) => [item.id, item]));
    expect(raisedBy(server, 'confidentiality', known).map((item) => item.number)).toEqual(['I-001']);
    expect(raisedBy(server, 'integrity', known).map((item) => item.number)).toEqual(['I-001', 'I-002']);
    expect(raisedBy(asset(), 'confidentiality', known)).toEqual([]);
  });
});

describe('filters and counts', () => {
  it('sends only the filters that are set, trimmed', () => {
    expect(assetQuery({ category: 'hardware', department_id: '', owner_id: 'u1', q: '  顧客 ' })).toEqual({
      category: 'hardware',
      owner_id: 'u1',
      q: '顧客',
    });
    expect(assetQuery({ other: 'x' })).toEqual({});
  });

  it('counts assets per category and per asset value', () => {
    const counts = assetCounts([server, asset({ category: 'information', asset_value: 2 }), asset({ asset_value: 1 })]);
    expect(counts.categories.hardware).toBe(2);
    expect(counts.categories.information).toBe(1);
    expect(counts.categories.facility).toBe(0);
    expect(counts.values).toEqual([1, 1, 1]);
  });
});

describe('form conversion', () => {
  it('holds the owner as one choice and gives back both API fields', () => {
    expect(ownerChoice('u1', null)).toBe('member:u1');
    expect(ownerChoice(null, 'r1')).toBe('role:r1');
    expect(ownerChoice(null, null)).toBe('');
    expect(ownerFields('member:u1')).toEqual({ owner_id: 'u1', owner_role_id: '' });
    expect(ownerFields('role:r1')).toEqual({ owner_id: '', owner_role_id: 'r1' });
  });

  it('turns a new draft into the API input', () => {
    const draft = { ...assetDraftOf(null, 'member:u1'), number: ' I-001 ', name: '顧客名簿', confidentiality: '3' };
    const { changes, problems } = assetChanges(draft);
    expect(problems).toEqual({});
    expect(changes).toMatchObject({
      number: 'I-001',
      owner_id: 'u1',
      owner_role_id: '',
      confidentiality: 3,
      integrity: 2,
      quantity: 1,
      retention_months: 0,
      confidentiality_override: 0,
      supported_by: [],
      next_review_on: '',
    });
  });

  it('reads an asset back into the same draft', () => {
    const draft = assetDraftOf(asset({ confidentiality_override: 2, override_reason: 'x', next_review_on: '2027-04-01' }));
    expect(draft.owner).toBe('role:role1');
    expect(draft.confidentiality).toBe('1');
    expect(draft.confidentiality_override).toBe('2');
    expect(draft.integrity_override).toBe('');
    expect(draft.next_review_on).toBe('2027-04-01');
  });

  it('sends an override, and 0 to clear it', () => {
    expect(assetChanges({ confidentiality_override: '2', override_reason: '暗号化' }).changes).toEqual({
      confidentiality_override: 2,
      override_reason: '暗号化',
    });
    expect(assetChanges({ integrity_override: '' }).changes).toEqual({ integrity_override: 0 });
  });

  it('names numbers that are not whole numbers and levels off the scale', () => {
    const { problems } = assetChanges({ quantity: '1.5', personal_records: '-3', retention_months: '', availability: '4' });
    expect(problems).toEqual({ quantity: 'whole_number', personal_records: 'whole_number', availability: 'level' });
  });
});

describe('problems in the user language', () => {
  const say = (key: string) => `<${key}>`;

  it('knows the server messages of the asset rules', () => {
    expect(problemKey('must be 1, 2 or 3')).toBe('assets.problem.level');
    expect(problemKey('would make the asset rely on itself through the assets it lists')).toBe('assets.problem.loop');
    expect(problemKey('something new')).toBeNull();
  });

  it('translates field errors and keeps unknown ones', () => {
    const error = new ApiError({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      errors: [
        { field: 'override_reason', message: 'is required' },
        { field: 'notes', message: 'something new' },
      ],
    });
    const localised = localiseAssetError(error, say) as ApiError;
    expect(localised.fieldErrors()).toEqual({ override_reason: '<form.required>', notes: 'something new' });
  });

  it('puts a taken number on the number field', () => {
    const error = new ApiError({ type: 'about:blank', title: 'Conflict', status: 409, detail: 'asset number I-001 is already used' });
    const localised = localiseAssetError(error, say) as ApiError;
    expect(localised.fieldErrors()).toEqual({ number: '<assets.problem.number_taken>' });
  });
});
