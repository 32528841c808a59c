import { describe, expect, it } from 'vitest';
import { readNoteLine } from './note-line';
import { landsAsNote, staysCopy } from './fixtures/note-placement';

/**
 * The fifteenth importer round: forms gathered from corrections columns the earlier rounds had not
 * read (a public radio station's list, British tabloids, Canadian Suns, a city paper's briefs) and
 * an editor's aside. Each rule is tried on lines of our own (names, places and days invented) with
 * a line of copy in the same shape that must stay in the body.
 */
describe('corrections-column items of the fifteenth round', () => {
  it('reads an item that opens on the newsroom’s own error verb, "We misspelled …", but not a speaker’s', () => {
    const line = 'We misspelled the name of harbour master Ana Petrov and gave the wrong date for the pier’s reopening. It reopens May 4.';
    expect(readNoteLine(line, true)?.kind).toBe('correction');
    landsAsNote(line, 'correction', { places: ['end'] });
    staysCopy('“We misspelled the name on the plaque and we will fix it,” the mayor said.', { places: ['end'] });
  });

  it('reads a piece named by its day and the paper’s own edition or section, but not another paper’s', () => {
    landsAsNote(
      'A Nov. 12 article in the Coastal edition of Weekend Living incorrectly said the ferry ran hourly. It runs every two hours.',
      'correction',
      { places: ['end'] },
    );
    staysCopy('A Nov. 12 article in the state edition of the Gazette incorrectly said the ferry ran hourly, the operator said.', {
      places: ['end'],
    });
  });

  it('reads "An unsubstantiated claim appeared in a <section> feature on <day>." as the paper’s own, but not a post elsewhere', () => {
    landsAsNote(
      'There is no record that the Harbour Trust sold the old pier. An unsubstantiated claim appeared in a Weekend Homes feature on Saturday.',
      'correction',
      { places: ['end'] },
    );
    staysCopy(
      'There is no record that the Harbour Trust sold the old pier. An unsubstantiated claim appeared in a Facebook post on Saturday.',
      {
        places: ['end'],
      },
    );
  });

  it('reads "Following our article on …, we have been asked to point out …", but not the same ask after something else', () => {
    landsAsNote(
      'Following our article on the harbour festival, we have been asked to point out that the fireworks were paid for by the traders’ association, not the council.',
      'correction',
      { places: ['end'] },
    );
    staysCopy('Following the festival, we have been asked to point out that the fireworks were paid for by the traders’ association.', {
      places: ['end'],
    });
  });

  it('reads a dated item undone by the right day or name alone, but not another paper’s piece nor a sentence that says what happened', () => {
    landsAsNote('A story in Sunday’s Metro section said the ferry left on Friday. It was Thursday.', 'correction', { places: ['end'] });
    staysCopy('A report in Sunday’s Herald said the ferry left on Friday. It was Thursday.', { places: ['end'] });
    staysCopy('A story in Sunday’s Metro section said the ferry would be moved. It was moved.', { places: ['end'] });
  });

  it('reads "On page 9 yesterday, the <paper> mistakenly identified …", but not a page of someone’s report', () => {
    landsAsNote(
      'On page 9 yesterday, the Courier mistakenly identified Ana Petrov as the harbour master. She is the deputy harbour master.',
      'correction',
      {
        places: ['end'],
      },
    );
    staysCopy('On page 9 of the audit, the board mistakenly identified Ana Petrov as the harbour master, the trust said.', {
      places: ['end'],
    });
  });

  it('reads "In the Oct. 3 article “…,” it incorrectly stated …", but not another outlet erring in a dated story', () => {
    landsAsNote(
      'In the Oct. 3 article “Ferry fares rise again,” it incorrectly stated that Tom Hale chairs the board. He is its secretary.',
      'correction',
      {
        places: ['end'],
      },
    );
    staysCopy('In an Oct. 3 story, the Gazette incorrectly stated that Tom Hale chairs the board. He is its secretary.', {
      places: ['end'],
    });
  });
});

describe('a corrections item that names itself (an Indian paper’s column)', () => {
  it('reads "A clarification regarding the quote in … story …: … erroneously …", but not a clarification someone issued', () => {
    landsAsNote(
      'A clarification regarding the quote in the fourth paragraph of the front-page story (May 2, 2024) titled “Port bill passes”: The remark on fares was made by the minister. The published version had erroneously attributed it to the mayor.',
      'correction',
      { places: ['end'] },
    );
    staysCopy('A clarification regarding the report was issued by the ministry on Tuesday: the fares will rise in May, officials said.', {
      places: ['end'],
    });
  });
});

describe('an editor’s aside of the fifteenth round', () => {
  it('keeps "This is the second in a series …" as copy, and reads an editor’s note that names a change', () => {
    staysCopy('Editor’s note: This is the second in a three-part series on the island ferry.');
    staysCopy('Editor’s note: This is part two of our series on the harbour towns.');
    expect(readNoteLine('Editor’s note: This is an updated version of a story first published Tuesday.', true)?.kind).toBe('update');
    expect(readNoteLine('Editor’s note: This is a corrected version of a story that misstated the fare.', true)?.kind).toBe('correction');
  });
});
