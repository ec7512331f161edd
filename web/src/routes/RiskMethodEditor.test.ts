import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api/client';
import { setLocale } from '../lib/i18n/index.svelte';
import { riskMethodsApi } from '../lib/risk-methods';
import { ipa } from '../lib/risk-methods.fixture';
import RiskMethodEditor from './RiskMethodEditor.svelte';

const input = (name: string) => document.querySelector<HTMLInputElement>(`#risk-method-form [name="${name}"]`)!;

function mount() {
  setLocale('en', false);
  const method = { ...ipa(), key: 'our-ipa', origin: 'own' as const };
  const onsaved = vi.fn();
  render(RiskMethodEditor, { props: { orgId: 'o1', method, onclose: vi.fn(), onsaved } });
  return { method, onsaved };
}

describe('RiskMethodEditor', () => {
  it('shows the server’s complaint about a band next to that band, and saves once fixed', async () => {
    const adjust = vi.spyOn(riskMethodsApi, 'adjust');
    adjust.mockRejectedValueOnce(
      new ApiError({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        errors: [{ field: 'bands[1]', message: 'bands overlap: 1–2 and 2–4' }],
      }),
    );
    const { method, onsaved } = mount();
    await fireEvent.input(input('bands[1].min'), { target: { value: '2' } });
    await fireEvent.submit(document.getElementById('risk-method-form')!);
    const error = await waitFor(() => {
      const found = document.querySelector('[data-field="bands[1]"]');
      expect(found).toBeTruthy();
      return found!;
    });
    expect(error.textContent).toContain('bands overlap');
    expect(adjust.mock.calls[0]?.[1].bands[1]?.min).toBe(2);
    // The edit is of a copy: the version shown is unchanged.
    expect(method.bands[1]?.min).toBe(3);

    adjust.mockResolvedValueOnce({ ...method, version: 2 });
    await fireEvent.input(input('bands[1].min'), { target: { value: '3' } });
    await fireEvent.input(input('levels[1].colour'), { target: { value: '#E69F00' } });
    await fireEvent.submit(document.getElementById('risk-method-form')!);
    await waitFor(() => expect(onsaved).toHaveBeenCalled());
    expect(adjust.mock.calls[1]?.[1].levels[1]?.colour).toBe('#E69F00');
    expect(adjust.mock.calls[1]?.[1]).not.toHaveProperty('possible_risk_values');
    expect(screen.queryByText(/bands overlap/)).toBeNull();
  });
});
