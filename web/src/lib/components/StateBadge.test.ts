import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../i18n/index.svelte';
import StateBadge from './StateBadge.svelte';

describe('StateBadge', () => {
  it('names the state in words beside its colour', () => {
    setLocale('ja', false);
    const { container } = render(StateBadge, { props: { state: 'in_review', prefix: '第2版' } });
    const badge = container.querySelector('[data-state="in_review"]')!;
    expect(badge.textContent).toBe('第2版\u00a0レビュー中');
    expect(badge.classList.contains('tag-accent')).toBe(true);
  });

  it('reads the scope approved version as approved and in force', () => {
    setLocale('en', false);
    const { container } = render(StateBadge, { props: { state: 'published', noPublication: true } });
    expect(container.textContent).toBe('Approved (in force)');
  });

  it('shows the stage 1 checklist states', () => {
    setLocale('ja', false);
    const { container } = render(StateBadge, { props: { state: 'missing', of: 'map' } });
    expect(container.querySelector('.tag-danger')?.textContent).toBe('未作成');
  });
});
