/**
 * The word lists with one home each (hedge-words.ts, speech-verbs.ts, place-kinds.ts) and the
 * readers shared from them. Every example is invented.
 */
import { describe, expect, it } from 'vitest';
import { FIGURE_HEDGES, HEDGE_WORDS, SPAN_HEDGES, hedges } from './hedge-words';
import { PLACE_NOUN_WORDS, placeNouns } from './place-kinds';
import { speechVerbs, upToSaying } from './speech-verbs';
import { lastTitleIndex } from './names';

describe('one home per word list', () => {
  it('gives a view in the order asked and refuses a word the list lacks', () => {
    expect(hedges('nearly', 'about')).toBe('nearly|about');
    expect(() => hedges('about', 'circa')).toThrow(/circa/);
    expect(placeNouns('town', 'city')).toBe('town|city');
    expect(() => placeNouns('hamlet')).toThrow(/hamlet/);
    expect(() => speechVerbs('said', 'quipped')).toThrow(/quipped/);
  });

  it('holds every word of the named views, once', () => {
    for (const word of [...FIGURE_HEDGES.split('|'), ...SPAN_HEDGES.split('|')]) expect(HEDGE_WORDS).toContain(word);
    expect(new Set(HEDGE_WORDS).size).toBe(HEDGE_WORDS.length);
    expect(new Set(PLACE_NOUN_WORDS).size).toBe(PLACE_NOUN_WORDS.length);
  });

  it('cuts a sentence after its last verb of saying, "told" with whom it told', () => {
    const cut = (s: string) => s.replace(upToSaying('said', 'says', 'told'), '');
    expect(cut('Police said that the road was shut')).toBe('the road was shut');
    expect(cut('The mayor told reporters 40 homes were lost')).toBe('40 homes were lost');
    expect(cut('Crews cleared 40 homes')).toBe('Crews cleared 40 homes');
  });

  it('reads where a titled name starts, with a surname that is a title word', () => {
    expect(lastTitleIndex(['Sheriff', 'Geoff', 'Dean'])).toBe(0);
    expect(lastTitleIndex(['Transport', 'Minister', 'Ana', 'King'])).toBe(1);
    // After a title already read, a run that is all name: "Ana King" after "Minister".
    const post = (w: string) => /^(?:Minister|King)$/.test(w);
    expect(lastTitleIndex(['Ana', 'King'], post, true)).toBe(-1);
    expect(lastTitleIndex(['Ana', 'King'], post)).toBe(1);
  });
});
