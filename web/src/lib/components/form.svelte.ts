// Form error state shared by every form: the server's field errors
// (problem+json `errors: [{field, message}]`) go next to their field, the rest
// become one message at the top of the form, in the user's language.
import { ApiError, NETWORK_ERROR_STATUS } from '../api/client';
import { t } from '../i18n/index.svelte';

/** A message in the user's language for an error that belongs to no single field. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return t('common.unknown_error');
  switch (error.status) {
    case NETWORK_ERROR_STATUS:
      return t('common.network_error');
    case 403:
      return t('common.forbidden');
    case 404:
      return t('common.not_found');
    case 409:
    case 412:
      return t('common.conflict');
    default:
      return error.problem.detail || error.problem.title || t('common.unknown_error');
  }
}

export class FormErrors {
  fields = $state<Record<string, string>>({});
  general = $state<string | null>(null);

  clear(): void {
    this.fields = {};
    this.general = null;
  }

  set(field: string, message: string): void {
    this.fields = { ...this.fields, [field]: message };
  }

  get hasAny(): boolean {
    return this.general !== null || Object.keys(this.fields).length > 0;
  }

  /**
   * Takes an error from a submit. Field errors for fields this form shows go next
   * to them; others are listed in the general message so nothing is lost.
   */
  take(error: unknown, shownFields: readonly string[]): void {
    this.clear();
    if (error instanceof ApiError && error.problem.errors?.length) {
      const byField = error.fieldErrors();
      const shown: Record<string, string> = {};
      const rest: string[] = [];
      for (const [field, message] of Object.entries(byField)) {
        if (shownFields.includes(field)) shown[field] = message;
        else rest.push(t('form.field_error', { field, message }));
      }
      this.fields = shown;
      this.general = rest.length ? rest.join(' ') : t('common.fix_errors');
      return;
    }
    this.general = describeError(error);
  }
}
