/**
 * The person a lede describes by post alone and names in the next sentence: "A former Dallas Police
 * Department officer found guilty of murder has been sentenced …" / "Amber Guyger was found guilty …";
 * "… urged by the information minister …" / "…, Kojo Oppong-Nkrumah said." News copy delays the name
 * this way in its first sentence, so a post put right there has a holder the article does give: the
 * first person the next sentence names in full. Only the lede is read so, and only when it names no
 * one itself; anywhere else a post without a name beside it has no holder a note can tell.
 */
import { looksLikeOrganization, nameRuns, personName } from './names';
import { plainText } from './sentences';

/** The person named in full right after the lede that holds `sentence`'s post; '' when none. */
export function ledeHolder(sentence: string, article: string): string {
  // (The writer's article text: headline, deck, then one body sentence a line.)
  const lines = article.split('\n').map(plainText);
  const at = lines.indexOf(sentence);
  const named = (text: string) =>
    nameRuns(text)
      .map((r) => (looksLikeOrganization(r.text) ? '' : personName(r.text)))
      .find((n) => n.split(' ').length >= 2) ?? '';
  // The lede: the first body line, after the headline and the deck, itself naming no one.
  if (at !== 2 || named(sentence)) return '';
  return named(lines[at + 1] ?? '');
}
