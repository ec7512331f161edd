import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ja } from './ja';
import { detectLocale, interpolate, setLocale, t, translate } from './index.svelte';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys in Japanese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort());
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...Object.entries(ja), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(ja[key]));
    }
  });

  it('use the JIS Q 27001 terms of the glossary', () => {
    expect(ja['role.isms_manager']).toBe('情報セキュリティ管理責任者');
    expect(ja['role.internal_auditor']).toBe('内部監査員');
    expect(ja['role.risk_owner']).toBe('リスク所有者');
    expect(ja['ref.7.5.3']).toContain('文書化した情報の管理');
  });
});

describe('detectLocale', () => {
  it('prefers the stored choice', () => {
    expect(detectLocale('en', ['ja-JP'])).toBe('en');
  });
  it('uses the first browser language we have', () => {
    expect(detectLocale(null, ['fr-FR', 'en-US', 'ja'])).toBe('en');
    expect(detectLocale(null, ['ja-JP'])).toBe('ja');
  });
  it('falls back to Japanese', () => {
    expect(detectLocale('xx', ['de'])).toBe('ja');
  });
});

describe('t', () => {
  it('interpolates parameters and leaves unknown ones', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
  it('follows the current locale', () => {
    setLocale('en', false);
    expect(t('login.title')).toBe('Sign in');
    setLocale('ja', false);
    expect(t('login.title')).toBe('サインイン');
    expect(translate('en', 'members.added', { name: 'Aoi' })).toBe('Aoi added.');
  });
});
