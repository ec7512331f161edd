import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api/client';
import { setLocale } from '../lib/i18n/index.svelte';
import RiskWorkflow from './RiskWorkflow.svelte';

const buttons = () =>
  screen.queryAllByRole('button').map((button) => button.getAttribute('data-action')).filter(Boolean);

describe('RiskWorkflow', () => {
  it('offers submitting to the ISMS manager and approving to top management only', () => {
    setLocale('ja', false);
    const first = render(RiskWorkflow, { props: { title: '2026', assessmentState: 'draft', roles: ['isms_manager'], run: vi.fn() } });
    expect(buttons()).toEqual(['submit']);
    first.unmount();
    const second = render(RiskWorkflow, { props: { title: '2026', assessmentState: 'in_review', roles: ['isms_manager'], run: vi.fn() } });
    expect(buttons()).toEqual([]);
    expect(screen.getByText('リスクアセスメントの結果はトップマネジメントが承認します。')).toBeTruthy();
    second.unmount();
    render(RiskWorkflow, { props: { title: '2026', assessmentState: 'in_review', roles: ['top_management'], run: vi.fn() } });
    expect(buttons()).toEqual(['approve', 'return']);
  });

  it('says why the assessment is not ready, in the user’s language and the server’s words', async () => {
    setLocale('ja', false);
    const run = vi.fn(async () => {
      throw new ApiError({
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: 'not ready: 2 risks are not approved by their risk owner',
      });
    });
    render(RiskWorkflow, { props: { title: '2026', assessmentState: 'draft', roles: ['risk_owner'], run } });
    await fireEvent.click(screen.getByRole('button', { name: '承認を依頼' }));
    await fireEvent.click(screen.getByTestId('workflow-confirm'));
    expect(run).toHaveBeenCalledWith('submit', '');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('まだ承認を依頼できません。');
    expect(alert.textContent).toContain('リスク所有者が承認していないリスクが 2 件あります。');
    expect(alert.textContent).toContain('not ready: 2 risks are not approved by their risk owner');
  });

  it('asks why before withdrawing', async () => {
    setLocale('en', false);
    const run = vi.fn(async () => undefined);
    render(RiskWorkflow, { props: { title: '2026', assessmentState: 'published', roles: ['top_management'], run } });
    await fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    await fireEvent.click(screen.getByTestId('workflow-confirm'));
    expect(run).not.toHaveBeenCalled();
    await fireEvent.input(screen.getByLabelText(/^Comment/), { target: { value: 'replaced by 2027' } });
    await fireEvent.click(screen.getByTestId('workflow-confirm'));
    expect(run).toHaveBeenCalledWith('withdraw', 'replaced by 2027');
  });
});
