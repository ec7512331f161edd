import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { setLocale } from '../i18n/index.svelte';
import { confirmAction } from './confirm.svelte';
import ConfirmDialog from './ConfirmDialog.svelte';
import Field from './Field.svelte';
import { FormErrors, describeError } from './form.svelte';

const validation = new ApiError({
  type: 'about:blank',
  title: 'Invalid input',
  status: 400,
  errors: [
    { field: 'new_password', message: 'must be at least 12 characters' },
    { field: 'unknown_field', message: 'is odd' },
  ],
});

describe('FormErrors', () => {
  it('puts field errors by field and lists the rest in the general message', () => {
    setLocale('en', false);
    const errors = new FormErrors();
    errors.take(validation, ['new_password']);
    expect(errors.fields).toEqual({ new_password: 'must be at least 12 characters' });
    expect(errors.general).toBe('unknown_field: is odd');
  });

  it('describes statuses in the user language', () => {
    setLocale('ja', false);
    expect(describeError(new ApiError({ type: '', title: '', status: 403 }))).toBe('この操作を行う権限がありません。');
    expect(describeError(new ApiError({ type: '', title: '', status: 0 }))).toContain('サーバーに接続できません');
    setLocale('en', false);
    expect(describeError(new ApiError({ type: '', title: '', status: 412 }))).toContain('Someone else changed this');
  });
});

describe('Field', () => {
  it('shows the error next to the input and links it for screen readers', () => {
    render(Field, { props: { label: 'New password', name: 'new_password', value: '', error: 'too short', hint: '12+' } });
    const input = screen.getByLabelText(/New password/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = input.getAttribute('aria-describedby')!.split(' ');
    expect(described).toHaveLength(2);
    expect(document.getElementById(described[1]!)?.textContent).toBe('too short');
  });
});

describe('ConfirmDialog', () => {
  it('resolves true on confirm and false on cancel', async () => {
    setLocale('en', false);
    render(ConfirmDialog);
    const first = confirmAction({ title: 'Revoke token', message: 'Sure?', confirmLabel: 'Revoke', danger: true });
    await fireEvent.click(await screen.findByRole('button', { name: 'Revoke' }));
    expect(await first).toBe(true);
    const second = confirmAction({ title: 'Remove', message: 'Sure?', confirmLabel: 'Remove' });
    await fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await second).toBe(false);
  });
});
