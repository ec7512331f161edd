// The UI language: chosen from the browser, switchable, remembered in localStorage.
// `t()` reads reactive state, so templates that call it re-render on a switch.
import { ja, type MessageKey, type Messages } from './ja';
import { en } from './en';

export type Locale = 'ja' | 'en';
export const LOCALES: readonly Locale[] = ['ja', 'en'];
export type { MessageKey };

const dictionaries: Record<Locale, Messages> = { ja, en };
const STORAGE_KEY = 'mamori.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'ja' || value === 'en';
}

/** The stored choice, else the browser's first language that we have, else Japanese. */
export function detectLocale(
  stored: string | null,
  languages: readonly string[],
): Locale {
  if (isLocale(stored)) return stored;
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'ja';
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

const state = $state<{ locale: Locale }>({
  locale: detectLocale(
    readStored(),
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
  ),
});

export function locale(): Locale {
  return state.locale;
}

export function setLocale(next: Locale, remember = true): void {
  state.locale = next;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

export type Params = Record<string, string | number>;

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate(target: Locale, key: MessageKey, params?: Params): string {
  return interpolate(dictionaries[target][key], params);
}

export function t(key: MessageKey, params?: Params): string {
  return translate(state.locale, key, params);
}

/** Looks up a key that comes from data (a role or entity type); falls back to the raw value. */
export function tOptional(key: string, fallback: string): string {
  const dictionary = dictionaries[state.locale] as Record<string, string>;
  return dictionary[key] ?? fallback;
}

export function dictionary(target: Locale): Messages {
  return dictionaries[target];
}

const intlLocale: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale[state.locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale[state.locale], { dateStyle: 'medium' }).format(date);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(intlLocale[state.locale]).format(value);
}
