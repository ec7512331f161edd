// The model of a register screen (RegisterScreen.svelte): which API it edits, how a record
// becomes the form's draft and back, which fields are required, and its words. A route gives
// this, its columns and its form fields; the screen does the rest the same way everywhere:
// list, add, edit with If-Match sending only what changed, delete after a confirmation, history.
import type { MessageKey } from '../i18n/index.svelte';
import { changedFields } from '../records';

/** What every register record has: an id, and the version an edit sends as If-Match. */
export interface RegisterRecord {
  id: string;
  version: number;
}

/** A register's endpoints (api/endpoints.ts `register()`). */
export interface RegisterApi<T extends RegisterRecord, Input> {
  add: (orgId: string, input: Input) => Promise<T>;
  update: (orgId: string, record: T, changes: Partial<Input>) => Promise<T>;
  remove: (orgId: string, id: string) => Promise<unknown>;
}

/** The words of a register screen, as message keys; messages get the record's name as {name}. */
export interface RegisterTexts {
  /** The page's or section's heading, and the table's caption. */
  title: MessageKey;
  /** The button that opens an empty form. */
  add: MessageKey;
  addTitle: MessageKey;
  editTitle: MessageKey;
  added: MessageKey;
  updated: MessageKey;
  removeTitle: MessageKey;
  removeMessage: MessageKey;
  removed: MessageKey;
  empty: MessageKey;
}

export interface RegisterConfig<T extends RegisterRecord, Input extends object> {
  /** The table's id (its column choice is stored under it; the CSV file is named after it). */
  tableId: string;
  /** The form's id (the dialog's submit button refers to it). */
  formId: string;
  /** The audit trail's entity type, for the record's history panel. */
  entityType: string;
  api: RegisterApi<T, Input>;
  /** The draft of a new record. */
  blank: () => Input;
  /** The draft of an existing record; an edit sends the fields where the draft differs. */
  inputOf: (record: T) => Input;
  /** The fields the form shows: the server's errors for them go next to them. */
  fields: readonly (keyof Input & string)[];
  /** Fields that must not be blank, checked before anything is sent. */
  required: readonly (keyof Input & string)[];
  /** How a record is named in buttons, confirmations and messages. */
  nameOf: (record: T) => string;
  texts: RegisterTexts;
  /** A wide dialog, for long texts. */
  wide?: boolean;
  /**
   * A register whose dialog is also where a record is read and worked on (interested parties
   * and their requirements): everyone may open it, with this label on the button for those who
   * cannot change it; it closes with "Close", and stays open on the record after a save.
   */
  viewLabel?: MessageKey;
  /** Who may add, change and delete; the ISMS manager when not given. */
  canEdit?: (orgId: string) => boolean;
}

/** The required fields of `draft` that are blank, in the order given. */
export function missingFields<Input extends object>(draft: Input, required: readonly (keyof Input & string)[]): string[] {
  return required.filter((field) => {
    const value = draft[field];
    return typeof value === 'string' ? value.trim() === '' : value === null || value === undefined;
  });
}

/**
 * Adds the draft, or changes `editing` by the fields where the draft differs from it (nothing
 * is sent when none does). Returns the record as saved.
 */
export async function saveDraft<T extends RegisterRecord, Input extends object>(
  config: Pick<RegisterConfig<T, Input>, 'api' | 'inputOf'>,
  orgId: string,
  editing: T | null,
  draft: Input,
): Promise<T> {
  if (!editing) return config.api.add(orgId, draft);
  const changes = changedFields(config.inputOf(editing), draft);
  return Object.keys(changes).length > 0 ? config.api.update(orgId, editing, changes) : editing;
}
