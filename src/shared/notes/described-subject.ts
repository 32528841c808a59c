/**
 * "A 31-year-old man was arrested on suspicion of indecent exposure. He remains in custody.": a
 * court or police story often never names the person it is about, and a "he" or "she" opening the
 * added line was never told (news-clause.ts reads a pronoun as pointing elsewhere), so the note
 * fell back to "Details on the custody." The reader of the article knows who: the person the
 * sentence right before describes as its subject ("The man made his first appearance …", "… and a
 * 31-year-old man was arrested"). The note says so by that description, "the 31-year-old man
 * remains in custody". Only when it is plain: one described person, the subject of the sentence or
 * of its last clause, of the pronoun's sex (pronoun-gender.ts); another described person of that
 * sex in the sentence before, or an object ("police stopped a man"), leaves the pronoun alone.
 */
import { DESCRIBED } from './pronoun-person';
import { describedAgrees } from './pronoun-gender';
import { tagged } from './topics';

/** Where a subject may open: the sentence's start or a clause joined after it. */
const SUBJECT_OPENS = /(?:^|,\s*|\b(?:and|but|when|after|before|as)\s+)$/;
/** What may stand between the subject's noun and its verb: where the person is from, a short aside. */
const AFTER_SUBJECT = /^(?:\s+(?:from|of)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?(?:,\s+[^,;]{1,40},)?\s+/u;

/** "the 31-year-old man": the one person the sentence before describes as its subject, or ''. */
export function describedSubject(reach: string[], pronoun: string): string {
  const [nearest, next] = reach;
  if (!nearest) return '';
  const agreeing = (s: string) => [...s.matchAll(new RegExp(DESCRIBED.source, 'gu'))].filter((d) => describedAgrees(d[1]!, pronoun));
  const subjects = agreeing(nearest).filter((d) => {
    if (!SUBJECT_OPENS.test(nearest.slice(0, d.index))) return false;
    const rest = nearest.slice(d.index + d[0].length);
    const gap = AFTER_SUBJECT.exec(rest);
    if (!gap) return false;
    const verb = tagged(rest.slice(gap[0].length)).find((t) => t.pos !== 'ADV');
    return verb?.pos === 'VERB' || verb?.pos === 'AUX';
  });
  const heads = new Set([...agreeing(nearest), ...agreeing(next ?? '')].map((d) => headNoun(d[1]!)));
  if (subjects.length !== 1 || heads.size !== 1) return '';
  return `the ${subjects[0]![1]!}`;
}

/** "31-year-old man" → "man": who the description is, whatever its age. */
const headNoun = (described: string): string => described.split(/\s+/).at(-1)!.toLowerCase();
