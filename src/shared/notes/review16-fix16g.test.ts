/**
 * Round 16 (fix16g): developments told with their news and their right source. All copy invented.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import { saidNews } from './said-news';
import { newsOpeningLowered } from './news-capitals';
import { sourceDeed } from './source-deeds';

const frame = {
  head: 'Harbour ferry fares to rise in spring',
  before: [
    'The Harbour Trust will raise ferry fares across its four routes in April, the board decided on Monday.',
    '"We held fares for three years and the fuel bill has doubled," said trust chief executive Mara Voss.',
  ],
  after: ['The trust carried 2.1 million riders last year.'],
  date: '2026-03-04',
};
const base = 'Riders on the Kelby route will pay the most, with a single ticket going from $4 to $5.50.';
const added = (line: string) => noteForEdit(frame, base, `${base}\n\n${line}`);

describe('said-news: a speaker the tagger misreads, a day after the channel', () => {
  it.each([
    ['Stamp said Wednesday that the riders group would ask the state board to review the fares.', 'Stamp'],
    ['Hurl said on Monday that the union would file a grievance over the rota.', 'Hurl'],
    ['Grind said in a statement Tuesday that the pier would stay shut until May.', 'Grind'],
    ['The Kelby Riders Union said in a statement Friday that it would hold a vote on the fares.', 'The Kelby Riders Union'],
  ])('%s', (sentence, speaker) => {
    const read = saidNews(sentence);
    expect(read?.speaker).toBe(speaker);
    expect(read?.clause).toMatch(/^(?:the|it)\s/);
  });
  it('near miss: a pronoun speaks for no one', () => {
    expect(saidNews('It said Wednesday that the board would meet.')).toBeNull();
  });
  it('near miss: a clause after the day is never the day itself', () => {
    expect(saidNews('The trust said in a statement Tuesday that it had frozen pay.')?.clause).toBe('it had frozen pay');
    expect(saidNews('Crews working the fire said Tuesday that the wind had dropped.')).toBeNull();
  });
});

describe('news-capitals: a sentence-opening capital lowered after "the news that"', () => {
  // Each word opens one of the article's sentences, as the clause it came from did.
  const text =
    'Surveyors for the county said they would appeal. Residents for the valley have said little. Commuters were told nothing. Organizers of the fair agreed.';
  it.each([
    ['The news that Surveyors for the county would appeal', 'The news that surveyors for the county would appeal'],
    ['The news that Residents for the valley would sue', 'The news that residents for the valley would sue'],
    ['The news that Commuters would get refunds', 'The news that commuters would get refunds'],
    ['the news that Organizers of the fair would pay', 'the news that organizers of the fair would pay'],
  ])('%s', (part, lowered) => {
    expect(newsOpeningLowered(part, 'the news that ', text)).toBe(lowered);
  });
  it('near miss: a name keeps its capital', () => {
    expect(newsOpeningLowered('The news that Harlow Steel would appeal', 'the news that ', 'Harlow Steel said so.')).toBe(
      'The news that Harlow Steel would appeal',
    );
  });
  it('near miss: a capital not after the lead is left alone', () => {
    expect(newsOpeningLowered('Additional comments from Surveyors Guild', 'the news that ', text)).toBe(
      'Additional comments from Surveyors Guild',
    );
  });
});

describe("source-deeds: a named source's answer is its news", () => {
  it.each([
    [
      'Velmont Bus Lines apologised late on Friday, saying the timetable it posted had been wrong.',
      /news that Velmont Bus Lines apologised\./,
    ],
    [
      'Velmont Bus Lines, which runs the shuttle to the terminal, declined to comment on the fares, a company spokeswoman said Thursday.',
      /news that Velmont Bus Lines declined to comment on the fares\./,
    ],
    ['The Kelby Riders Union denied the claims on Tuesday, calling them a smear.', /news that the Kelby Riders Union denied the claims\./],
    ['Mayor Ilse Brandt refused to comment on the fares.', /news that Mayor Ilse Brandt refused to comment on the fares\./],
  ])('%s', (line, note) => {
    const proposed = added(line);
    expect(proposed.kind).toBe('update');
    expect(proposed.note).toMatch(note);
  });
  it('near miss: an unnamed body declining to comment adds nothing', () => {
    expect(added('The company declined to comment.').kind).toBe('none');
  });
  it('near miss: a deed with a reported clause of its own, or a subject with a verb, is no answer', () => {
    expect(sourceDeed('The trust said it apologised.')).toBeNull();
    expect(sourceDeed('Riders who lost fares denied the claims.')).toBeNull();
    expect(sourceDeed('The trust denied that it knew of the fault.')).toBeNull();
  });
});
