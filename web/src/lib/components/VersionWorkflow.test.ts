import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { setLocale } from '../i18n/index.svelte';
import VersionWorkflow from './VersionWorkflow.svelte';

const version = (state: 'draft' | 'in_review' | 'approved' | 'published', author = 'u1') => ({
  number: 2,
  state,
  author_id: author,
});

const buttons = () =>
  screen.queryAllByRole('button').map((button) => button.getAttribute('data-action')).filter(Boolean);

describe('VersionWorkflow', () => {
  it('shows the buttons of the state and the roles', () => {
    setLocale('en', false);
    const run = vi.fn(async () => undefined);
    render(VersionWorkflow, {
      props: { kind: 'document', type: 'rule', version: version('in_review'), roles: ['top_management'], userId: 'u2', separateApproval: true, run },
    });
    expect(buttons()).toEqual(['approve', 'return']);
  });

  it('warns the author beside the approve button when duties are separated', () => {
    setLocale('en', false);
    render(VersionWorkflow, {
      props: { kind: 'document', type: 'rule', version: version('in_review'), roles: ['isms_manager'], userId: 'u1', separateApproval: true, run: vi.fn() },
    });
    expect(screen.getByText('You wrote this version: with separation of duties, another approver approves it.')).toBeTruthy();
  });

  it('asks for the reason before returning a version', async () => {
    setLocale('en', false);
    const run = vi.fn(async () => undefined);
    render(VersionWorkflow, {
      props: { kind: 'scope', version: version('in_review'), roles: ['isms_manager'], userId: 'u2', separateApproval: true, run },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Return' }));
    await fireEvent.click(screen.getByTestId('workflow-confirm'));
    expect(run).not.toHaveBeenCalled();
    expect(document.querySelector('[data-field-error="comment"]')?.textContent).toBeTruthy();
    await fireEvent.input(screen.getByLabelText(/^Comment/), { target: { value: '範囲の記述が不足' } });
    await fireEvent.click(screen.getByTestId('workflow-confirm'));
    expect(run).toHaveBeenCalledWith('return', { comment: '範囲の記述が不足' });
  });

  it('publishes asking employees to acknowledge by default', async () => {
    setLocale('en', false);
    const run = vi.fn(async () => undefined);
    render(VersionWorkflow, {
      props: { kind: 'document', type: 'policy', version: version('approved'), roles: ['isms_manager'], userId: 'u1', separateApproval: true, run },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect((screen.getByRole('checkbox', { name: 'Employee' }) as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Risk owner' }));
    await fireEvent.click(screen.getByTestId('workflow-confirm'));
    expect(run).toHaveBeenCalledWith('publish', { acknowledgement: { roles: ['employee', 'risk_owner'] } });
  });

  it('shows the refusal in the dialog', async () => {
    setLocale('en', false);
    const run = vi.fn(async () => {
      throw new ApiError({
        type: 'about:blank',
        title: 'Forbidden',
        status: 403,
        detail: 'you wrote this version; someone else must approve it (separation of duties)',
      });
    });
    render(VersionWorkflow, {
      props: { kind: 'document', type: 'rule', version: version('in_review'), roles: ['isms_manager'], userId: 'u1', separateApproval: true, run },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await fireEvent.click(screen.getByTestId('workflow-confirm'));
    expect((await screen.findByRole('alert')).textContent).toContain('separation of duties');
  });
});
