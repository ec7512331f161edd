import { describe, expect, it } from 'vitest';
import { ApiError } from './api/client';
import {
  approvalState,
  assessmentActions,
  bulkErrorIndex,
  canCompare,
  changedSinceApproval,
  fieldOf,
  canEditRisks,
  canReadRisks,
  comparisonSummary,
  completion,
  completionChart,
  countsByLevel,
  describeRiskError,
  heatMatrix,
  inCell,
  inputValueLabel,
  isNotReady,
  levelLabel,
  mayApproveRisk,
  notReadyReasons,
  parseControls,
  proposalDefaults,
  proposalInput,
  registerQuery,
  residualInputs,
  riskChanges,
  riskDraftOf,
  risksEditable,
  splitInputs,
  tasksEditable,
  textColourOn,
  type AssessmentMethod,
  type Comparison,
  type HeatMap,
  type Risk,
} from './risks';

const scale = (labels: [string, string][]) =>
  labels.map(([ja, en], index) => ({ value: index + 1, label_ja: ja, label_en: en }));

const ipa: AssessmentMethod = {
  key: 'ipa',
  version: 1,
  name_ja: 'IPA方式',
  name_en: 'IPA method',
  inputs: [
    { key: 'confidentiality', name_ja: '機密性', name_en: 'Confidentiality', levels: scale([['低', 'Low'], ['中', 'Medium'], ['高', 'High']]) },
    { key: 'integrity', name_ja: '完全性', name_en: 'Integrity', levels: scale([['低', 'Low'], ['中', 'Medium'], ['高', 'High']]) },
    { key: 'availability', name_ja: '可用性', name_en: 'Availability', levels: scale([['低', 'Low'], ['中', 'Medium'], ['高', 'High']]) },
    { key: 'threat', name_ja: '脅威', name_en: 'Threat', levels: scale([['低', 'Low'], ['中', 'Medium'], ['高', 'High']]) },
    { key: 'vulnerability', name_ja: '脆弱性', name_en: 'Vulnerability', levels: scale([['低', 'Low'], ['中', 'Medium'], ['高', 'High']]) },
  ],
  levels: [
    { key: 'low', label_ja: '低', label_en: 'Low', colour: '#009e73', acceptance: 'accept' },
    { key: 'medium', label_ja: '中', label_en: 'Medium', colour: '#e69f00', acceptance: 'accept_with_monitoring' },
    { key: 'high', label_ja: '高', label_en: 'High', colour: '#b3261e', acceptance: 'treat' },
  ],
};

function risk(overrides: Partial<Risk> = {}): Risk {
  return {
    id: 'r1',
    label: 'R-1',
    number: 1,
    asset: { id: 'a1', number: 'I-001', name: '顧客名簿', department_id: null },
    threat_key: 'ransomware',
    threat_name: 'ランサムウェア',
    vulnerability_key: 'no-backup',
    vulnerability_name: 'バックアップがない',
    affects: 'c;i;a',
    existing_controls: '週次でNASに複製',
    inputs: { confidentiality: 3, integrity: 2, availability: 2, threat: 3, vulnerability: 3 },
    inherent: { risk_value: 9, level: 'high', acceptance: 'treat', row: 3, column: 3 },
    owner_id: 'owner',
    treatment: null,
    treatment_rationale: '',
    treatment_decided: false,
    annex_a_controls: [],
    applied_controls: [],
    residual_inputs: {},
    residual: null,
    approval: null,
    version: 1,
    ...overrides,
  };
}

describe('permissions', () => {
  it('lets everyone but employees read and managers and risk owners edit', () => {
    expect(canReadRisks(['employee'])).toBe(false);
    expect(canReadRisks(['external_auditor'])).toBe(true);
    expect(canEditRisks(['risk_owner'])).toBe(true);
    expect(canEditRisks(['top_management'])).toBe(false);
  });

  it('shows each workflow button only to those who may use it', () => {
    expect(assessmentActions('draft', ['isms_manager'])).toEqual(['submit']);
    expect(assessmentActions('draft', ['top_management'])).toEqual([]);
    expect(assessmentActions('in_review', ['isms_manager'])).toEqual([]);
    expect(assessmentActions('in_review', ['top_management'])).toEqual(['approve', 'return']);
    expect(assessmentActions('published', ['top_management'])).toEqual(['withdraw']);
    expect(assessmentActions('withdrawn', ['top_management'])).toEqual([]);
    expect(assessmentActions('draft', ['internal_auditor'])).toEqual([]);
  });

  it('keeps risks read-only outside a draft but treatment tasks going', () => {
    expect(risksEditable('draft', ['risk_owner'])).toBe(true);
    expect(risksEditable('published', ['isms_manager'])).toBe(false);
    expect(tasksEditable('published', ['isms_manager'])).toBe(true);
    expect(tasksEditable('withdrawn', ['isms_manager'])).toBe(false);
    expect(tasksEditable('draft', ['internal_auditor'])).toBe(false);
  });

  it('offers the owner approval only to the risk owner, until approved', () => {
    expect(mayApproveRisk(risk(), 'owner', 'draft')).toBe(true);
    expect(mayApproveRisk(risk(), 'someone', 'draft')).toBe(false);
    expect(mayApproveRisk(risk(), 'owner', 'in_review')).toBe(false);
    const approved = { user_id: 'owner', comment: '', signed_at: '2026-04-01T00:00:00Z', stale: false, state: null };
    expect(mayApproveRisk(risk({ approval: approved }), 'owner', 'draft')).toBe(false);
    expect(mayApproveRisk(risk({ approval: { ...approved, stale: true } }), 'owner', 'draft')).toBe(true);
  });
});

describe('labels', () => {
  it('names levels and scale values in the language', () => {
    expect(levelLabel(ipa, 'high', 'ja')).toBe('高');
    expect(levelLabel(ipa, 'high', 'en')).toBe('High');
    expect(levelLabel(ipa, 'extreme', 'en')).toBe('extreme');
    expect(inputValueLabel(ipa, 'threat', 2, 'en')).toBe('2 Medium');
    expect(inputValueLabel(ipa, 'threat', 7, 'ja')).toBe('7');
    expect(inputValueLabel(ipa, 'threat', null, 'ja')).toBe('');
  });

  it('tells the approval states apart', () => {
    expect(approvalState(risk())).toBe('missing');
    const approval = { user_id: 'owner', comment: '', signed_at: '', stale: false, state: null };
    expect(approvalState(risk({ approval }))).toBe('current');
    expect(approvalState(risk({ approval: { ...approval, stale: true } }))).toBe('stale');
  });

  it('picks readable text on a level colour', () => {
    expect(textColourOn('#b3261e')).toBe('#ffffff');
    expect(textColourOn('#f6d98b')).toBe('#1a2230');
    expect(textColourOn('not a colour')).toBe('inherit');
  });

  it('splits the inputs from the asset and those treatment changes', () => {
    const parts = splitInputs(ipa);
    expect(parts.asset.map((input) => input.key)).toEqual(['confidentiality', 'integrity', 'availability']);
    expect(parts.risk.map((input) => input.key)).toEqual(['threat', 'vulnerability']);
    expect(residualInputs(ipa).map((input) => input.key)).toEqual(['threat', 'vulnerability']);
  });
});

describe('register', () => {
  it('sends only the filters given', () => {
    expect(registerQuery({ level: 'high', owner_id: '', q: '  名簿 ', treatment: undefined, other: 'x' })).toEqual({
      level: 'high',
      q: '名簿',
    });
  });

  it('finds a risk in a heat-map cell, inherent or residual', () => {
    const cell = { residual: false, row: 3, column: 3, level: 'high' };
    expect(inCell(risk(), cell)).toBe(true);
    expect(inCell(risk(), { ...cell, column: 2 })).toBe(false);
    expect(inCell(risk(), { ...cell, residual: true })).toBe(false);
    expect(inCell(risk({ residual: { risk_value: 3, level: 'medium', acceptance: 'accept', row: 3, column: 1 } }), { ...cell, residual: true, column: 1 })).toBe(true);
  });

  it('reads Annex A controls from text', () => {
    expect(parseControls('8.13, A.5.1 8.7、8.13')).toEqual(['8.13', '5.1', '8.7']);
    expect(parseControls('  ')).toEqual([]);
  });
});

describe('heat map', () => {
  const map: HeatMap = {
    residual: false,
    rows: { factor: 'asset_value', name_ja: '資産価値', name_en: 'Asset value', values: scale([['低', 'Low'], ['中', 'Medium'], ['高', 'High']]) },
    columns: { factor: 'likelihood_of_damage', name_ja: '被害の可能性', name_en: 'Likelihood', values: scale([['低', 'Low'], ['中', 'Medium'], ['高', 'High']]) },
    cells: [
      { row: 1, column: 1, level: 'low', colour: '#009e73', acceptance: 'accept', count: 0 },
      { row: 3, column: 3, level: 'high', colour: '#b3261e', acceptance: 'treat', count: 2 },
      { row: 3, column: 1, level: 'medium', colour: '#e69f00', acceptance: 'accept_with_monitoring', count: 1 },
    ],
    total: 3,
  };

  it('lays the cells out highest row first, every position present', () => {
    const matrix = heatMatrix(map, 'ja');
    expect(matrix.rowTitle).toBe('資産価値');
    expect(matrix.columns.map((column) => column.label)).toEqual(['1 低', '2 中', '3 高']);
    expect(matrix.rows.map((row) => row.value)).toEqual([3, 2, 1]);
    expect(matrix.rows[0]?.cells.map((cell) => cell.count)).toEqual([1, 0, 2]);
    expect(matrix.rows[0]?.cells[2]?.level).toBe('high');
    expect(matrix.rows[1]?.cells[0]).toMatchObject({ count: 0, level: '' });
    expect(heatMatrix(map, 'en').columnTitle).toBe('Likelihood');
    const numbered = { ...map, rows: { ...map.rows, values: [{ value: 1, label_ja: '1', label_en: '1' }] } };
    expect(heatMatrix(numbered, 'ja').rows.map((row) => row.label)).toEqual(['1']);
  });

  it('counts risks per level', () => {
    expect(countsByLevel(map, ipa)).toEqual([
      { key: 'low', count: 0 },
      { key: 'medium', count: 1 },
      { key: 'high', count: 2 },
    ]);
  });
});

describe('completion and comparison', () => {
  const summary = { risks: 10, to_treat: 4, undecided: 2, unapproved: 3, stale_approvals: 2 };

  it('counts current, missing and stale approvals', () => {
    expect(completion(summary)).toEqual({ risks: 10, approved: 5, unapproved: 3, stale: 2, percent: 50 });
    expect(completion({ ...summary, risks: 0, unapproved: 0, stale_approvals: 0 }).percent).toBe(0);
  });

  it('charts the approvals of an assessment, each state in its colour', () => {
    const spec = completionChart(summary, { approved: 'A', unapproved: 'U', stale: 'S' }, 'risks');
    expect(spec.kind).toBe('bar');
    if (spec.kind !== 'bar') return;
    expect(spec.categories).toEqual(['A', 'U', 'S']);
    expect(spec.series[0]?.values).toEqual([5, 3, 2]);
    expect(spec.series[0]?.colors).toEqual(['#1d6b38', '#e69f00', '#b3261e']);
  });

  it('summarises what changed since the previous assessment', () => {
    const rating = (level: string) => ({ risk_value: 1, level, acceptance: 'accept' as const, row: 1, column: 1 });
    const change = (direction: number) => ({
      asset_id: 'a1',
      threat_name: 't',
      vulnerability_name: 'v',
      previous: rating('high'),
      current: rating('medium'),
      direction,
    });
    const comparison: Comparison = {
      previous: { id: 'p', title: '2025', assessed_on: '2025-04-01' },
      appeared: [change(0)],
      disappeared: [],
      moved: [change(-1), change(1), change(-1)],
      unchanged: 4,
    };
    expect(comparisonSummary(comparison)).toEqual({ appeared: 1, disappeared: 0, higher: 1, lower: 2, unchanged: 4 });
  });
});

describe('adding risks', () => {
  const proposal = {
    threat_key: 'ransomware',
    threat_name_ja: 'ランサムウェア',
    threat_name_en: 'Ransomware',
    vulnerability_key: 'no-backup',
    vulnerability_name_ja: 'バックアップがない',
    vulnerability_name_en: 'No backup',
    affects: 'c;i;a',
    suggested_controls: ['8.13'],
    confidentiality: 3,
    integrity: 2,
    availability: 1,
    assessed: false,
  };

  it('starts a proposal with the asset’s C/I/A and the middle of the other scales', () => {
    expect(proposalDefaults(proposal, ipa)).toEqual({ confidentiality: 3, integrity: 2, availability: 1, threat: 2, vulnerability: 2 });
  });

  it('sends a proposal with its keys and inputs', () => {
    expect(proposalInput(proposal, 'a1', { threat: 3, vulnerability: 1, impact: undefined })).toEqual({
      asset_id: 'a1',
      threat_key: 'ransomware',
      vulnerability_key: 'no-backup',
      threat: 3,
      vulnerability: 1,
    });
  });

  it('reads the position of a bad risk in a bulk add', () => {
    expect(bulkErrorIndex('risks[1].asset_id')).toBe(1);
    expect(bulkErrorIndex('risks')).toBeNull();
  });
});

describe('editing a risk', () => {
  it('sends only what changed, residual inputs under their own names', () => {
    const current = risk();
    const draft = riskDraftOf(current, ipa);
    expect(draft.inputs.threat).toBe('3');
    expect(draft.residual).toEqual({ threat: '', vulnerability: '' });
    expect(riskChanges(current, ipa, draft)).toEqual({});
    draft.inputs.vulnerability = '2';
    draft.treatment = 'modify';
    draft.treatment_rationale = '日次のオフラインバックアップ';
    draft.annex_a_controls = '8.13';
    draft.residual.vulnerability = '1';
    expect(riskChanges(current, ipa, draft)).toEqual({
      vulnerability: 2,
      treatment: 'modify',
      treatment_rationale: '日次のオフラインバックアップ',
      annex_a_controls: ['8.13'],
      residual_vulnerability: 1,
    });
  });
});

describe('errors', () => {
  const problem = (status: number, detail: string) => new ApiError({ type: 'about:blank', title: 'x', status, detail });

  it('shows the server’s reason for a refusal', () => {
    const notReady = problem(409, 'not ready: 2 risks are not approved by their risk owner');
    expect(describeRiskError(notReady, () => 'generic')).toBe('not ready: 2 risks are not approved by their risk owner');
    expect(isNotReady(notReady)).toBe(true);
    expect(isNotReady(problem(409, 'the risk assessment is in review'))).toBe(false);
    expect(describeRiskError(problem(403, 'only the risk owner may approve'), () => 'generic')).toBe('only the risk owner may approve');
    expect(describeRiskError(problem(500, 'boom'), () => 'generic')).toBe('generic');
  });
});

describe('comparison', () => {
  it('is offered when there is an earlier assessment', () => {
    const current = { id: 'b', previous_id: null, assessed_on: '2027-04-01' };
    expect(canCompare(current, [{ id: 'b', assessed_on: '2027-04-01', snapshot_digest: '' }])).toBe(false);
    expect(canCompare(current, [{ id: 'a', assessed_on: '2026-04-01', snapshot_digest: 'x' }])).toBe(true);
    expect(canCompare(current, [{ id: 'a', assessed_on: '2028-04-01', snapshot_digest: 'x' }])).toBe(false);
    expect(canCompare({ ...current, previous_id: 'a' }, [])).toBe(true);
  });
});

describe('the owner’s approval', () => {
  it('names what changed since the owner signed', () => {
    const signed = {
      scenario: 'R-1',
      inputs: { confidentiality: 3, integrity: 2, availability: 2, threat: 3, vulnerability: 3, likelihood: null },
      owner_id: 'owner',
      existing_controls: '週次でNASに複製',
      treatment: 'modify',
      treatment_rationale: '日次のオフラインバックアップ',
      annex_a_controls: ['8.13'],
      residual_inputs: { vulnerability: 1 },
    };
    const current = risk({
      treatment: 'modify',
      treatment_rationale: '日次のオフラインバックアップ',
      annex_a_controls: ['8.13'],
      residual_inputs: { threat: null, vulnerability: 1 },
      approval: { user_id: 'owner', comment: '', signed_at: '', stale: false, state: signed },
    });
    expect(changedSinceApproval(current)).toEqual([]);
    expect(changedSinceApproval({ ...current, inputs: { ...current.inputs, vulnerability: 2 } })).toEqual(['inputs']);
    expect(changedSinceApproval({ ...current, treatment: 'retain', annex_a_controls: [] })).toEqual(['treatment', 'annex_a_controls']);
    expect(changedSinceApproval(risk())).toEqual([]);
    expect(fieldOf('annex_a_controls[1]')).toBe('annex_a_controls');
  });
});

describe('not ready', () => {
  it('reads the reasons of a refused submit', () => {
    expect(
      notReadyReasons('not ready: 2 risks to treat have no treatment option and rationale; 1 risks are not approved by their risk owner; 3 risks changed after their owner approved them'),
    ).toEqual([
      { kind: 'undecided', count: 2 },
      { kind: 'unapproved', count: 1 },
      { kind: 'stale', count: 3 },
    ]);
    expect(notReadyReasons('not ready: the assessment has no risks')).toEqual([{ kind: 'no_risks' }]);
    expect(notReadyReasons('something else')).toEqual([]);
  });
});
