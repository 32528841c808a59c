/**
 * Who may do what on a shared desk. One policy, used twice: by the hub, which enforces it on every
 * call (the wall), and by each laptop, which checks first so a refused action is explained at
 * once instead of after the next sync. A refusal always says who may do it instead.
 */
export const ROLES = ['reporter', 'editor', 'chief'] as const;
export type Role = (typeof ROLES)[number];

export interface DeskUser {
  name: string;
  role: Role;
}

/** What the policy needs to know about an article. */
export interface ArticleOwnership {
  createdBy: string | null;
  assignedTo: string | null;
}

export type DeskAction = 'create' | 'edit' | 'publish' | 'assign' | 'take-over' | 'manage-users' | 'read-audit' | 'trash';

/** Null when allowed; otherwise the sentence a person reads, naming who may do it. */
export function refusal(user: DeskUser, action: DeskAction, article: ArticleOwnership | null, chiefs: string[] = []): string | null {
  const ask = chiefs.length > 0 ? ` Ask ${listNames(chiefs)} (chief).` : ' Ask the desk chief.';
  switch (action) {
    case 'create':
      return null;
    case 'edit':
    case 'trash':
      if (user.role !== 'reporter') return null;
      if (article && (article.createdBy === user.name || article.assignedTo === user.name)) return null;
      return `Reporters edit their own stories and those assigned to them; this one is ${article?.assignedTo ? `assigned to ${article.assignedTo}` : `by ${article?.createdBy ?? 'someone else'}`}. An editor or the chief may edit it, or the chief may assign it to you.`;
    case 'publish':
      return user.role === 'chief' ? null : `Only the desk chief publishes.${ask}`;
    case 'assign':
      return user.role === 'chief' ? null : `Only the desk chief assigns stories.${ask}`;
    case 'take-over':
      return user.role === 'chief' ? null : `Only the desk chief can take over a story someone is editing.${ask}`;
    case 'manage-users':
      return user.role === 'chief' ? null : `Only the desk chief manages the newsroom's people.${ask}`;
    case 'read-audit':
      return user.role === 'chief' ? null : `Only the desk chief reads the audit log.${ask}`;
  }
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** A user name on the desk: short, lowercase-friendly, safe in messages and URLs. */
export const USER_NAME = /^[A-Za-z][A-Za-z0-9._-]{0,39}$/;
