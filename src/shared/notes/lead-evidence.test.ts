/**
 * The publish dialog lists each change with the lines it was read from. A development told from an
 * added line is evidenced by that line alone: the lines before it join only when they gave the name
 * a pronoun was told by ("He was arrested" told as "Dunmore was arrested").
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { articleFromText } from './eval';

const head = 'River ferry suspended after engine fire';
const first = 'The river ferry between Alton and Greve was suspended on Monday after a small engine fire, the transit authority said.';
const second = 'Transit Authority spokesperson Maria Lindqvist said no passengers were on board when the fire started.';

describe('evidence of an added development', () => {
  it('is the added line alone when it names its own subject', () => {
    const added = 'The ferry resumed service on Wednesday after inspectors cleared the engine.';
    const note = proposeNote(
      articleFromText([head, first, second].join('\n\n')),
      articleFromText([head, first, second, added].join('\n\n')),
      {
        date: '2026-12-07T10:00:00Z',
      },
    );
    const change = note.changes.find((c) => c.type === 'added');
    expect(change?.description).toMatch(/the ferry resumed service on Wednesday/);
    expect(change?.evidence).toEqual([added]);
  });
});
