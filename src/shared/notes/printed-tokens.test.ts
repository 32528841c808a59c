/**
 * Words told from the tagger's tokens are printed as the article printed them: a token glued to the
 * one before it stays glued. Found by the fuzz property "naming nobody the articles do not": a new
 * paragraph "0Mayor]said Ortiz." was told as "0 Mayor ] said Ortiz", which prints "Mayor", a word
 * the article never printed alone.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { articleFromText, inventedInNote } from './eval';
import { verbAndObject } from './said-news';
import { withoutNounPhrases } from './shorter-tellings';
import { printedTokens, tagged } from './topics';
import { bodyPlainText } from '../article/content';
import { checkNoteGrammar } from './grammar';

describe('printed tokens', () => {
  it('keeps glued tokens glued and spaced ones spaced', () => {
    expect(printedTokens(tagged("the co-op's $4.5-million budget can't wait"))).toBe("the co-op's $4.5-million budget can't wait");
    expect(printedTokens(tagged('0Mayor]said Ortiz.'))).toBe('0Mayor]said Ortiz.');
  });

  it('tells a verb and its object without splitting words', () => {
    expect(verbAndObject("the mayor can't attend the meeting on the budget, officials said")).toBe("the mayor can't attend the meeting");
    expect(verbAndObject("the co-op's board approved the $4.5-million budget for 2026-27, officials said")).toBe(
      "the co-op's board approved the $4.5-million budget",
    );
  });

  it('cuts a phrase about a noun without splitting the words around it', () => {
    expect(withoutNounPhrases("the co-op's board approved a meeting on the design of the pier, officials said")).toBe(
      "the co-op's board approved a meeting, officials said",
    );
  });

  it('names nobody the article does not print as a word (fuzz counterexample, seed -801471072)', () => {
    const older = articleFromText('');
    // (The pair as the property drew it: no headline, three paragraphs.)
    const newer = {
      ...articleFromText('Headline\n\nMayorNov. 6\n\n\u0000\n\n0Mayor]said Ortiz.0<img src=x onerror=alert(1)>('),
      headline: '',
    };
    const note = proposeNote(older, newer, { date: '1970-01-01T00:00:00.000Z' });
    const text = (a: typeof older) => `${a.headline}\n${a.deck}\n${bodyPlainText(a)}`;
    expect(note.kind).toBe('update');
    expect(inventedInNote(note.text, text(older), text(newer))).toEqual([]);
    expect(note.text).not.toMatch(/\b0 Mayor\b/);
  });
});

describe('sentences run together', () => {
  it('names nobody the article does not print as a word (fuzz counterexample, seed 1602636291)', () => {
    const older = { ...articleFromText('Headline\n\n40Update, Nov. 6:said Ortiz.'), headline: '' };
    const newer = { ...articleFromText('Headline\n\n1,200\u201csaid Ortiz.Update, Nov. 6:Mayor'), headline: '' };
    const note = proposeNote(older, newer, { date: '2026-03-02T12:00:00Z' });
    const text = (a: typeof older) => `${a.headline}\n${a.deck}\n${bodyPlainText(a)}`;
    expect(inventedInNote(note.text, text(older), text(newer))).toEqual([]);
    expect(note.text).not.toMatch(/Ortiz\.Update/);
  });

  it('the note check refuses "Ortiz.Update" and lets "U.S." and "St. Louis" stand', () => {
    expect(checkNoteGrammar('An earlier version of this article misstated a detail about Ortiz.Update.', '')).toHaveLength(1);
    expect(checkNoteGrammar('An earlier version of this article misstated the U.S. share of the St. Louis market.', '')).toEqual([]);
  });
});
