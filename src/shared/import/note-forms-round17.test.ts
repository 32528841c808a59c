import { describe, expect, it } from 'vitest';
import { readNoteLine } from './note-line';
import { importedWith, landsAsNote, staysCopy } from './fixtures/note-placement';

/**
 * The seventeenth importer round: forms gathered from outlets the earlier rounds had not read (UK
 * columns that cite their own section, Nigerian retractions, a sports site's corrections page, a
 * South African note dated in brackets at its end). Each rule is tried on lines of our own (names,
 * places and days invented) with a line of copy in the same shape that must stay in the body.
 */
describe('note forms of the seventeenth round', () => {
  it('reads a column item that cites the paper’s own section and day ("(News, last week)"), under the copy only', () => {
    landsAsNote('We said that the Larkmoor ferry would stop on Sundays (News, last week). It will run all year.', 'correction', {
      places: ['end'],
    });
    landsAsNote(
      'The article “Harbour pilots quit” (Magazine, March 4) failed to credit the photographer Ines Vale. We apologise for the omission.',
      'correction',
      { places: ['end'] },
    );
    landsAsNote(
      'The harbour board has asked us to make clear that, contrary to the headline “Pier to close” (News, early editions, Jun 2), the pier stays open.',
      'correction',
      { places: ['end'] },
    );
    // Another outlet cited by its name, or a document by its parts, is copy.
    staysCopy('The minister said the ferry would stop on Sundays (BBC News, Monday). Islanders were not consulted.', { places: ['end'] });
    staysCopy('The report (PDF, 40 pages) said the pier was unsafe. The council disputes it.', { places: ['end'] });
    // A section and a day with no piece of ours and no "we said" is copy.
    staysCopy('Fares rose again in March (Business, Jul 30 figures show), the operator said.', { places: ['end'] });
  });

  it('reads the newsroom closing on its own formula to its readers, but not a speaker quoted saying it', () => {
    landsAsNote(
      'Mrs Tova Lind contacted us to say that her son was not the skipper. We are happy to set the record straight and apologise for any embarrassment caused.',
      'correction',
      { places: ['end'] },
    );
    expect(readNoteLine('For this, we sincerely apologize to Capt. Reyes and to our readers for this error.', true)?.kind).toBe(
      'correction',
    );
    staysCopy('“We are happy to set the record straight,” said Tova Lind, the ferry company’s spokeswoman.', { places: ['end'] });
    staysCopy('The operator said it would refund fares. We are happy to set the record straight, Tova Lind said.', { places: ['end'] });
    staysCopy('We apologize to our customers for this error, the ferry company wrote in a notice on Tuesday.', { places: ['end'] });
  });

  it('reads the newsroom’s later finding about its own story, but not a company’s', () => {
    landsAsNote(
      'We have since found out that the information that formed the basis of the story was wrong. Mr Dario Sen has no link to the fire.',
      'correction',
      { places: ['end'] },
    );
    landsAsNote(
      'In yesterday’s editorial, ‘Pier plan sinks’, we said the pier would close in May. We fully accept that no date has been set.',
      'correction',
      { places: ['end'] },
    );
    landsAsNote('A story on Page 3 claimed the ferry crew had walked out. We later determined that there was no walkout.', 'correction', {
      places: ['end'],
    });
    // A company's finding names no piece of ours; a speaker's acceptance is quoted.
    staysCopy('We have since discovered that the engine part was faulty, the operator said in a statement.', { places: ['end'] });
    staysCopy('The operator said: We have since found out that the timetable was wrong. Refunds will follow.', { places: ['end'] });
    staysCopy('In a letter to the council, we said the pier was unsafe. We accept that repairs will take time.', { places: ['end'] });
  });

  it('reads a note dated in brackets at its end with a colon ("(Updated: 25 Jan 2026)")', () => {
    const note = readNoteLine(
      'Correction: An earlier version of this article misstated the pier’s length. It is 300 metres. (Updated: 4 Mar 2026)',
    );
    expect([note?.kind, note?.month, note?.day]).toEqual(['correction', 3, 4]);
    // A bracket that is no date leaves the note undated.
    expect(
      readNoteLine('Correction: An earlier version of this article misstated the pier’s length. (Updated: see below)')?.month,
    ).toBeUndefined();
  });

  it('reads a commentary or an item in the paper’s own column named by its day, and a quote "taken out of context"', () => {
    landsAsNote('A Tuesday commentary on the ferry strike erroneously called the harbour master Ms Vale. She is Ms Lind.', 'correction', {
      places: ['end'],
    });
    landsAsNote('A May 2 item in the Harbour Notes column incorrectly reported the pier’s opening hours.', 'correction', {
      places: ['end'],
    });
    landsAsNote(
      'A story in Friday’s paper contained a quote attributed to skipper Ana Petrov that was taken out of context.',
      'correction',
      {
        places: ['end'],
      },
    );
    // Another paper's column, named with its masthead, is copy; so is a quote taken out of context by someone else.
    staysCopy('A May 2 item in the Island Gazette incorrectly reported the pier’s opening hours, the council said.', { places: ['end'] });
    staysCopy('The skipper said her words were taken out of context by the operator.', { places: ['end'] });
  });

  it('reads a blog’s unbracketed credit after the label ("UPDATE by ANA: …"), but not a deadline ("Update by Friday: …")', () => {
    expect(readNoteLine('UPDATE by ANA: The ferry company replied after this post went up.', true)).toMatchObject({
      kind: 'update',
      text: 'The ferry company replied after this post went up.',
    });
    expect(readNoteLine('Update by Friday: the council will vote on the pier plan.', true)).toBeNull();
    expect(importedWith('end', 'Update by Friday: the council will vote on the pier plan.').notes).toBeUndefined();
  });

  it('reads "Clarification appended" as the label "Correction appended" is read, but not the words inside a sentence', () => {
    landsAsNote(
      'Clarification appended: An earlier version of this post said the ferry ran hourly. It runs every two hours.',
      'correction',
    );
    staysCopy('The council said a clarification appended to the ferry contract settles the fare dispute.');
  });

  it('reads a piece named by its day with the error told in the passive and no one named who erred, under the copy only', () => {
    landsAsNote('In a May 3 story about the harbour, the pier’s length was noted incorrectly. It is 300 metres.', 'correction', {
      places: ['end'],
    });
    // Another outlet erring, or a passive that names who erred, is copy; so is a speech.
    staysCopy('In a May 3 story, the Island Gazette erroneously reported the pier had closed.', { places: ['end'] });
    staysCopy('In a May 3 story about the vote, the turnout was reported incorrectly by the Island Gazette.', { places: ['end'] });
    staysCopy('In a May 3 speech, the mayor’s record was described inaccurately, critics said.', { places: ['end'] });
  });

  it('reads the regulator’s form "An article headlined ‘…’ … reported … when, in fact, …", but not another outlet’s article', () => {
    landsAsNote(
      'An article headlined ‘Ferry fares soar’, published on 12 March 2026, reported that fares had doubled when, in fact, they rose 10%.',
      'correction',
      { places: ['end'] },
    );
    staysCopy(
      'An article headlined “Ferry fares soar” in the Island Gazette reported that fares had doubled when, in fact, they rose 10%.',
      {
        places: ['end'],
      },
    );
    staysCopy('A report headlined “Fares soar” claimed the ferry was full when in fact it was half empty, the operator said.', {
      places: ['end'],
    });
  });
});

describe('a note typed with a run of spaces', () => {
  it('reads as readers saw it, one space, so every export gives the same note back', () => {
    const note = readNoteLine('Correction: An earlier version of this story misstated  the  age of Dana Orr.');
    expect(note?.kind).toBe('correction');
    expect(note?.text).toContain('misstated the age of Dana Orr');
  });
});
