/**
 * A lowercase role put right beside a person's name (review 11a): before it ("former Harbor City
 * pitcher Luis Brandt" → "shortstop", "mechanical engineer Ada Roe" → "civil engineer") or in the
 * appositive after it ("Nora Vell, an economist at …" → "a sociologist"). The person stays; what
 * they do was wrong — a correction that names them: "misidentified Luis Brandt as a pitcher.
 * Brandt was a shortstop." A word for the same role ("lawyer" → "attorney") is restyling, no fix.
 */
import { familyOrLastName } from './family-first-names';
import { escapeRegExp, fullName, isPostNoun, isPostWord, isSentenceStarter, looksLikeOrganization, personName } from './names';
import { tagged } from './topics';
import { HONORIFIC } from './person-words';
import { isNounIn } from './role-nouns';
import { isWeightClass } from './weight-classes';

export interface RoleBeside {
  /** The person as the article names them in full: "Luis Brandt". */
  person: string;
  /** The person by surname, for the second sentence: "Brandt". */
  surname: string;
  /** The right role and the wrong one, each without its article: "shortstop", "mechanical engineer". */
  right: string;
  wrong: string;
  /** "former pitcher": the role was held, and is told in the past. */
  past: boolean;
}

/** Words for one role, swapped as a matter of style: no fact changes. */
const SAME_ROLE = [
  ['lawyer', 'attorney'],
  ['adviser', 'advisor'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
  ['chairman', 'chair'],
  ['chairwoman', 'chair'],
  ['physician', 'doctor'],
];

/** "a lawyer" → "an attorney": one role in other words (the rest of the phrase the same). */
export function sameRole(before: string, after: string): boolean {
  const was = bare(before).split(' ');
  const now = bare(after).split(' ');
  if (was.length !== now.length || was.slice(0, -1).join(' ') !== now.slice(0, -1).join(' ')) return false;
  const [a, b] = [was.at(-1)!.toLowerCase(), now.at(-1)!.toLowerCase()];
  return SAME_ROLE.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/** Posts the title logic (edits.ts, describe.ts) already tells as a title: "misstated X's title". */
const TITLED_POST =
  /^(?:spokes(?:man|woman|person)|secretary|manager|assistant|aide|adviser|advisor|president|director|chair|chairman|chairwoman|editor|officer|chief|deputy|mayor|governor|senator|minister|commissioner|head|coordinator|superintendent|administrator|treasurer)$/i;

/** Words in -er and -or that name no person ("other", "water", "former"). */
const NOT_A_PERSON =
  /^(?:other|former|latter|water|paper|number|member|matter|order|corner|border|center|after|under|over|never|either|neither|rather|whether|however|together|another|letter|quarter|major|minor|interior|exterior|senior|junior|prior|floor|door|color|colour|favor|favour|error|mirror|motor|sector|factor|meteor|harbor|harbour|labor|labour|honor|honour|humor|humour|rumor|rumour|tenor|vapor|vigor)$/i;

/** Posts of state and rank that end in no person's suffix: "delegate", "envoy", "general". */
const OFFICE =
  /^(?:delegate|envoy|ambassador|consul|attache|general|admiral|colonel|sergeant|lieutenant|marshal|magistrate|trustee|candidate|nominee|graduate|intern|cleric|imam|rabbi|priest|bishop|monk|nun|athlete|shortstop|goalie|midfielder|defender|forward|guard|tackle|coach)$/;

/** A lowercase noun for what a person does: "pitcher", "sociologist", "engineer", "shortstop". */
export function isRoleNoun(word: string): boolean {
  if (isPostNoun(word) || OFFICE.test(word) || isWeightClass(word)) return true;
  if (NOT_A_PERSON.test(word) || word.length < 5) return false;
  return /(?:[^e]er|or|ist|ian|eer|(?:wo)?man|person)$/.test(word);
}

const NAME = String.raw`\p{Lu}[\p{L}'’-]+`;

/** The role phrase's words without a leading article: "an economist" → "economist". */
function bare(words: string): string {
  return words.replace(/^(?:a|an|the)\s+/i, '').trim();
}

/**
 * The role before a name or in the appositive after it, put right from `before` to `after`
 * (the changed words, as the edit reads them) in the sentences `older` → `newer`; null when the
 * changed words are no role beside a person.
 */
export function roleBesideName(older: string, newer: string, before: string, after: string, articleText = ''): RoleBeside | null {
  const was = bare(before);
  const now = bare(after);
  const lowercase = /^[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}$/u;
  if (!lowercase.test(was) || !lowercase.test(now) || was === now) return null;
  if (sameRole(was, now)) return null;
  // Before the name: the changed words, up to two unchanged ones that head the role, then the name,
  // an honorific may stand between ("CDC epidemiologist Dr. Mark Hale").
  const ahead = (sentence: string, words: string) =>
    new RegExp(
      `(?<![\\p{L}-])${escapeRegExp(words)}((?:\\s+[\\p{Ll}-]+){0,2}?)(?:\\s+${HONORIFIC}\\.?)?\\s+(${NAME}(?:\\s+${NAME})+)`,
      'u',
    ).exec(sentence);
  // After it: "Nora Vell, an economist at …", "Johnson, a physicist, worked on …", "Ames, a CDC
  // veterinarian, …" (an agency's initials may stand in the role).
  const appositive = (sentence: string, words: string) =>
    new RegExp(
      `(${NAME}(?:\\s+${NAME})*),\\s+(?:a|an)\\s+((?:(?:[\\p{Ll}-]+|\\p{Lu}{2,6})\\s+){0,2}?)${escapeRegExp(words)}()(?=\\s*[,.;]|\\s+(?:at|of|for|with|in|from|who|and)\\b)`,
      'u',
    ).exec(sentence);
  for (const [form, nameAt] of [
    [ahead, 2],
    [appositive, 1],
  ] as const) {
    const m = form(newer, now);
    const o = form(older, was);
    if (!m || !o || m[nameAt] !== o[nameAt]) continue;
    const name = m[nameAt]!;
    const person = personName(name);
    if (!person || looksLikeOrganization(name) || (isSentenceStarter(name.split(' ')[0]!) && !person.includes(' '))) continue;
    // The role is one: its head (the last word, with the unchanged ones after it) names what a person does.
    const head = form === ahead ? m[1]!.trim() : '';
    // (A post the structure tells whole, "board clerk" → "board member", is held-posts.ts': its owner stays off here.)
    const posted = isPostWord(now.split(' ').at(-1)!) || isPostWord(was.split(' ').at(-1)!);
    const owner = form === ahead && !posted ? nounsOwning(newer, m.index, older, o.index) : '';
    const right = [form === appositive ? m[2]!.trim() : owner, now, head].filter(Boolean).join(' ');
    const wrong = [form === appositive ? o[2]!.trim() : owner, was, head].filter(Boolean).join(' ');
    const last = (phrase: string) => phrase.split(' ').at(-1)!;
    // (Read in its sentence where alone it reads otherwise: wink-nlp takes "skipper" for a verb, and
    // compromise, reading the sentence, for a person's role: role-nouns.ts.)
    const nouns = (phrase: string, sentence: string) => tagged(phrase).at(-1)?.pos === 'NOUN' || isNounIn(sentence, last(phrase));
    // (A post the title logic tells — "deputy mayor", "senior adviser" — stays its: "misstated … title".)
    if ([right, wrong].some((p) => p.split(' ').some((w) => TITLED_POST.test(w)))) continue;
    const roles = isRoleNoun(last(right)) || isRoleNoun(last(wrong));
    if (!roles || !nouns(right, newer) || !nouns(wrong, older)) continue;
    const full = person.includes(' ') ? person : fullName(person, articleText) || person;
    // (A role whose holder died or left, "Dead is 43-year-old farmer, Ann Roe", is told in the past by
    // post-tense.ts' toldInTense, which the note's phrase passes through: one home for that rule.)
    const past = new RegExp(`\\b(?:former|late|then)\\s+(?:[\\p{L}'’-]+\\s+){0,3}${escapeRegExp(right)}\\b`, 'u').test(newer);
    return { person: full, surname: familyOrLastName(full, articleText), right, wrong, past };
  }
  return null;
}

/**
 * The lowercase nouns both versions print right before a role set ahead of a name, which say whose
 * or what the role is of: "study" of "study coauthor Russ Taylor" → "study lead" ("a lead" alone
 * tells nothing). Up to two, each a noun in its sentence; '' when none.
 */
function nounsOwning(newer: string, at: number, older: string, oldAt: number): string {
  const before = (sentence: string, end: number) => sentence.slice(0, end).trim().split(/\s+/).slice(-2);
  const [now, was] = [before(newer, at), before(older, oldAt)];
  const nouns = new Set(
    tagged(newer)
      .filter((t) => t.pos === 'NOUN')
      .map((t) => t.text),
  );
  const owned: string[] = [];
  for (let k = now.length - 1; k >= 0; k--) {
    const w = now[k]!;
    if (w !== was[k - now.length + was.length] || !/^\p{Ll}+$/u.test(w) || !nouns.has(w)) break;
    owned.unshift(w);
  }
  return owned.join(' ');
}

/** "a pitcher", "an economist". */
export function aRole(role: string): string {
  return `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}`;
}

/**
 * "…, the regional governor of Tarn, Ellen Sorr, told journalists": a post set before a name
 * between commas, holding the changed words. The person and the post (without its article), or
 * null. A capital that only opens the sentence ("Forensic divers") is never the person.
 */
export function postBeforeName(sentence: string, changed: string): { name: string; right: string } | null {
  const m = new RegExp(
    `(?:^|,\\s+)(?:the|a|an)\\s+([^,;"“”]{0,60}?(?<![\\p{L}])${escapeRegExp(changed)}(?![\\p{L}])[^,;"“”]{0,60}?),\\s+(${NAME}(?:\\s+${NAME})+)\\s*(?=,|\\s+(?:said|says|told|added)\\b)`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  const name = personName(m[2]!);
  if (name.split(' ').length < 2 || looksLikeOrganization(m[2]!)) return null;
  // The post ends on what a person does: "governor of Tarn", "delegate in Tarn", "chief spokesman".
  const words = m[1]!.split(/\s+/);
  if (!words.some((w) => /^\p{Ll}/u.test(w) && isRoleNoun(w))) return null;
  return { name, right: m[1]! };
}

/** "misidentified Luis Brandt as a pitcher. Brandt is a shortstop": the person, the wrong role and the right one. */
export function roleBesidePhrase(beside: RoleBeside): string {
  return `misidentified ${beside.person} as ${aRole(beside.wrong)}. ${beside.surname} ${beside.past ? 'was' : 'is'} ${aRole(beside.right)}`;
}
