import { describe, expect, it } from 'vitest';
import { refusal, type ArticleOwnership, type DeskAction, type Role } from './roles';

const own: ArticleOwnership = { createdBy: 'kim', assignedTo: null };
const assigned = { createdBy: 'lee', assignedTo: 'kim' };
const others = { createdBy: 'lee', assignedTo: null };

describe('who may do what on the desk', () => {
  // role, action, story → allowed?
  const table: [Role, DeskAction, ArticleOwnership | null, boolean][] = [
    ['reporter', 'create', null, true],
    ['reporter', 'edit', own, true],
    ['reporter', 'edit', assigned, true],
    ['reporter', 'edit', others, false],
    ['reporter', 'trash', others, false],
    ['reporter', 'publish', own, false],
    ['reporter', 'assign', own, false],
    ['reporter', 'take-over', own, false],
    ['reporter', 'manage-users', null, false],
    ['reporter', 'read-audit', null, false],
    ['editor', 'edit', others, true],
    ['editor', 'trash', others, true],
    ['editor', 'publish', others, false],
    ['editor', 'assign', others, false],
    ['editor', 'take-over', others, false],
    ['editor', 'read-audit', null, false],
    ['chief', 'edit', others, true],
    ['chief', 'publish', others, true],
    ['chief', 'assign', others, true],
    ['chief', 'take-over', others, true],
    ['chief', 'manage-users', null, true],
    ['chief', 'read-audit', null, true],
  ];
  it.each(table)('%s may %s: %#', (role, action, story, allowed) => {
    const answer = refusal({ name: 'kim', role }, action, story, ['dana', 'sam']);
    if (allowed) expect(answer).toBeNull();
    else expect(answer).toMatch(/\S/);
  });

  it('says who may do it instead', () => {
    expect(refusal({ name: 'kim', role: 'reporter' }, 'publish', own, ['dana', 'sam', 'ola'])).toBe(
      'Only the desk chief publishes. Ask dana, sam or ola (chief).',
    );
    expect(refusal({ name: 'kim', role: 'editor' }, 'assign', own, [])).toBe('Only the desk chief assigns stories. Ask the desk chief.');
    expect(refusal({ name: 'kim', role: 'reporter' }, 'edit', { createdBy: 'lee', assignedTo: 'ann' })).toMatch(
      /this one is assigned to ann\. An editor or the chief may edit it/,
    );
  });
});
