import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { setLocale } from '../lib/i18n/index.svelte';
import type { AssessmentMethod, Risk } from '../lib/risks';
import RiskOwnerApproval from './RiskOwnerApproval.svelte';

const method: AssessmentMethod = {
  key: 'ipa',
  version: 1,
  name_ja: 'IPA',
  name_en: 'IPA',
  inputs: [],
  levels: [
    { key: 'medium', label_ja: '中', label_en: 'Medium', colour: '#f0e442', acceptance: 'accept_with_monitoring' },
    { key: 'high', label_ja: '高', label_en: 'High', colour: '#d55e00', acceptance: 'treat' },
  ],
};
const members = [{ user_id: 'owner', email: 'owner@example.com', display_name: '営業 一郎', roles: ['risk_owner' as const], added_at: '' }];

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
    existing_controls: '',
    inputs: { threat: 3, vulnerability: 2 },
    inherent: { risk_value: 6, level: 'high', acceptance: 'treat', row: 3, column: 2 },
    owner_id: 'owner',
    treatment: 'modify',
    treatment_rationale: 'バックアップ',
    treatment_decided: true,
    annex_a_controls: ['8.13'],
    applied_controls: [],
    residual_inputs: { vulnerability: 1 },
    residual: { risk_value: 3, level: 'medium', acceptance: 'accept_with_monitoring', row: 3, column: 1 },
    approval: null,
    version: 2,
    ...overrides,
  };
}

describe('RiskOwnerApproval', () => {
  it('lets the owner approve, with a comment', async () => {
    setLocale('ja', false);
    const approve = vi.fn(async () => undefined);
    render(RiskOwnerApproval, { props: { risk: risk(), method, assessmentState: 'draft', userId: 'owner', members, approve } });
    expect(screen.getByText('未承認')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'リスク所有者として承認' }));
    await fireEvent.input(screen.getByLabelText(/^コメント/), { target: { value: '受容します' } });
    const buttons = screen.getAllByRole('button', { name: 'リスク所有者として承認' });
    await fireEvent.click(buttons[buttons.length - 1]!);
    expect(approve).toHaveBeenCalledWith('受容します');
  });

  it('tells others that the owner approves', () => {
    setLocale('ja', false);
    render(RiskOwnerApproval, { props: { risk: risk(), method, assessmentState: 'draft', userId: 'manager', members, approve: vi.fn() } });
    expect(screen.queryByRole('button', { name: 'リスク所有者として承認' })).toBeNull();
    expect(screen.getByText('リスク所有者(営業 一郎)が承認します。')).toBeTruthy();
  });

  it('shows a stale approval prominently, with what changed and what was signed', () => {
    setLocale('en', false);
    const signed = {
      scenario: 'R-1',
      inputs: { threat: 3, vulnerability: 3 },
      inherent: { risk_value: 9, level: 'high' },
      treatment: 'modify',
      treatment_rationale: 'バックアップ',
      annex_a_controls: ['8.13'],
      residual_inputs: { vulnerability: 1 },
      residual: { risk_value: 3, level: 'medium' },
    };
    const { container } = render(RiskOwnerApproval, {
      props: {
        risk: risk({ approval: { user_id: 'owner', comment: '', signed_at: '2026-04-01T00:00:00Z', stale: true, state: signed } }),
        method,
        assessmentState: 'draft',
        userId: 'owner',
        members,
        approve: vi.fn(),
      },
    });
    const stale = container.querySelector('[data-testid="stale-approval"]')!;
    expect(stale.textContent).toContain('Changed after approval — needs re-approval');
    expect(stale.textContent).toContain('Changed since the approval: Risk analysis');
    expect(container.textContent).toContain('Before treatment High (9) / treatment Modify / residual risk Medium (3)');
    expect(screen.getByRole('button', { name: 'Approve as risk owner' })).toBeTruthy();
  });
});
