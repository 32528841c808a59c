import { afterEach, describe, expect, it } from 'vitest';
import { testStore, type TestStore } from '../../../tests/unit/support';
import { blocksToBody } from '../../shared/article/blocks';

let env: TestStore;
afterEach(() => env?.cleanup());

const body = (...paragraphs: string[]) =>
  blocksToBody(paragraphs.map((text, i) => ({ id: `p${i}`, type: 'paragraph' as const, runs: [{ text, format: 0 }] })));

describe('editing or withdrawing a published note makes a version', () => {
  async function published() {
    env = testStore('2024-11-06T11:43:00+09:00');
    const h = env.handlers;
    const a = await h.createArticle({ headline: 'Ferry fares rise' });
    await h.saveDraft({ id: a.id, patch: { body: body('Fares rise by 50 cents.') } });
    await h.publish({ id: a.id });
    env.setNow('2024-11-06T17:36:00+09:00');
    await h.publishUpdate({ id: a.id, note: { kind: 'update', text: 'Added comment from the mayor.' } });
    env.setNow('2024-11-07T09:00:00+09:00');
    await h.publishUpdate({ id: a.id, note: { kind: 'correction', text: 'An earlier version misstated the fare.' } });
    return { h, id: a.id };
  }

  it('edits the words of a note: a version labelled with the note, the date kept', async () => {
    const { h, id } = await published();
    const before = (await h.listVersions({ id })).length;
    const edited = await h.reviseNote({ id, index: 0, text: 'Adds comment from the mayor and the new fare table.' });
    expect(edited.article.notes[0]).toEqual({
      kind: 'update',
      date: '2024-11-06T17:36:00+09:00',
      text: 'Adds comment from the mayor and the new fare table.',
    });
    expect(edited.version).toMatchObject({ kind: 'update', label: 'Edited the update note dated Nov. 6' });
    expect(await h.listVersions({ id })).toHaveLength(before + 1);
  });

  it('withdraws an update note quietly and a correction with a note saying so', async () => {
    const { h, id } = await published();
    env.setNow('2024-11-08T10:00:00+09:00');
    const withdrawn = await h.reviseNote({ id, index: 1, withdraw: true });
    expect(withdrawn.version).toMatchObject({ label: 'Withdrew the correction dated Nov. 7' });
    expect(withdrawn.article.notes).toEqual([
      { kind: 'update', date: '2024-11-06T17:36:00+09:00', text: 'Added comment from the mayor.' },
      { kind: 'correction', date: '2024-11-08T10:00:00+09:00', text: 'A correction dated Nov. 7 has been withdrawn.' },
    ]);
    const quiet = await h.reviseNote({ id, index: 0, withdraw: true });
    expect(quiet.article.notes.map((n) => n.text)).toEqual(['A correction dated Nov. 7 has been withdrawn.']);
    expect(quiet.version.label).toBe('Withdrew the update note dated Nov. 6');
  });

  it('refuses a note that is not there, and a call that neither edits nor withdraws, in plain words', async () => {
    const { h, id } = await published();
    expect(() => h.reviseNote({ id, index: 5, withdraw: true })).toThrow(/no note number 6/);
    expect(() => h.reviseNote({ id, index: 0 })).toThrow(/new words, or withdraw it/);
  });
});
