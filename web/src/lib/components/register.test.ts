import { describe, expect, it } from 'vitest';
import { missingFields, saveDraft, type RegisterApi } from './register';

interface Note {
  id: string;
  version: number;
  title: string;
  tags: string[];
}
type NoteInput = Omit<Note, 'id' | 'version'>;

/** An API that records its calls and answers with the record as the server would. */
function fakeApi() {
  const calls: string[] = [];
  const api: RegisterApi<Note, NoteInput> = {
    add: async (orgId, input) => {
      calls.push(`add ${orgId} ${JSON.stringify(input)}`);
      return { id: 'n1', version: 1, ...input };
    },
    update: async (orgId, record, changes) => {
      calls.push(`update ${orgId} ${record.id}@${record.version} ${JSON.stringify(changes)}`);
      return { ...record, ...changes, version: record.version + 1 };
    },
    remove: async (orgId, id) => {
      calls.push(`remove ${orgId} ${id}`);
    },
  };
  return { api, calls };
}

const inputOf = (note: Note): NoteInput => ({ title: note.title, tags: [...note.tags] });

describe('missingFields', () => {
  it('lists the required fields that are blank, in the order given', () => {
    const draft = { title: '  ', body: 'text', due_on: '' };
    expect(missingFields(draft, ['due_on', 'body', 'title'])).toEqual(['due_on', 'title']);
  });

  it('is empty when every required field has a value', () => {
    expect(missingFields({ title: 'a', tags: [] as string[] }, ['title', 'tags'])).toEqual([]);
  });
});

describe('saveDraft', () => {
  it('adds the whole draft when nothing is being edited', async () => {
    const { api, calls } = fakeApi();
    const saved = await saveDraft({ api, inputOf }, 'o1', null, { title: 'new', tags: ['a'] });
    expect(calls).toEqual(['add o1 {"title":"new","tags":["a"]}']);
    expect(saved.id).toBe('n1');
  });

  it('sends only the changed fields, with the version read', async () => {
    const { api, calls } = fakeApi();
    const note: Note = { id: 'n2', version: 4, title: 'old', tags: ['a'] };
    const saved = await saveDraft({ api, inputOf }, 'o1', note, { title: 'old', tags: ['a', 'b'] });
    expect(calls).toEqual(['update o1 n2@4 {"tags":["a","b"]}']);
    expect(saved.version).toBe(5);
  });

  it('sends nothing when the draft is unchanged, and answers with the record', async () => {
    const { api, calls } = fakeApi();
    const note: Note = { id: 'n3', version: 2, title: 'same', tags: [] };
    expect(await saveDraft({ api, inputOf }, 'o1', note, inputOf(note))).toBe(note);
    expect(calls).toEqual([]);
  });
});
