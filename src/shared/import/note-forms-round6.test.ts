import { describe, expect, it } from 'vitest';
import { readNoteLine } from './frame-lines';
import { parseTextArticle } from './text';
import { bodyToBlocks, blockText } from '../article/blocks';

/**
 * The families of form the sixth round of real lines showed the importer missing (issue 12), each
 * read by one rule of the grammar rather than one pattern per line. The examples are our own:
 * other names, places and numbers than the real lines in fixtures/real-note-lines.ts.
 */
const read = (line: string, underCopy = true) => readNoteLine(line, underCopy);
const kindAndDate = (line: string, underCopy = true) => {
  const note = read(line, underCopy);
  return note && { kind: note.kind, month: note.month, day: note.day, hour: note.hour };
};
const head = 'Ferry timetable changes for the winter';
const copy = ['The Sleat ferry will sail twice a day from November, the operator said.', 'The change follows a shortage of crew.'];
const atTop = (line: string) => parseTextArticle([head, line, ...copy].join('\n\n'));
const underCopy = (...lines: string[]) => parseTextArticle([head, ...copy, ...lines].join('\n\n'));

describe('dates in more places around the label', () => {
  it('reads a year alone in brackets after the label as the note’s date, with no month or day', () => {
    expect(kindAndDate('Update (2024): This post has been revised to cover the new winter timetable.', false)).toEqual({
      kind: 'update',
      month: undefined,
      day: undefined,
      hour: undefined,
    });
    // Out of brackets a year is the text's: "Update 2024 figures …" is no dated label.
    expect(read('Update 2024 figures show ferry use rose by a fifth.', false)).toBeNull();
  });

  it('reads a footnote’s mark and a full date closed by a full stop before a sentence that is a note', () => {
    expect(kindAndDate('‡ 3 June 2025. This article has been revised to correct the tonnage of the Sleat ferry.', false)).toEqual({
      kind: 'correction',
      month: 6,
      day: 3,
      hour: undefined,
    });
    // A date and a full stop before copy are no note.
    expect(read('3 June 2025. The ferry sailed late again.', false)).toBeNull();
  });

  it('keeps the space between a label that keeps its name and its date in brackets', () => {
    expect(read('Clarification (4/12/24): The new toll applies to cars only.')?.text).toBe(
      'Clarification (4/12/24): The new toll applies to cars only.',
    );
    expect(read('Editor’s Note (March 3, 2024): This story was updated to include the council’s vote.')?.text).toBe(
      'Editor’s note (March 3, 2024): This story was updated to include the council’s vote.',
    );
  });

  it('reads the date in brackets at the end of the note, after a sentence or told with its verb and clock', () => {
    expect(kindAndDate('Clarification: Updated to make clear that the new toll applies to lorries only. (October 9)')).toMatchObject({
      kind: 'correction',
      month: 10,
      day: 9,
    });
    expect(
      kindAndDate('Correction: An earlier version of this story gave the wrong tonnage for the Skye ferry (amended March 4,2024, 9.05am).'),
    ).toEqual({ kind: 'correction', month: 3, day: 4, hour: 9 });
  });
});

describe('label-less and undated notes by the words they say about the piece', () => {
  it('trusts an undated label above the copy when its quoted text speaks of the piece', () => {
    const article = atTop('Correction: “This story originally misnamed the harbour master as Ewan Ross.”');
    expect(article.notes?.map((n) => n.kind)).toEqual(['correction']);
    expect(bodyToBlocks(article.body).map(blockText)).toEqual(copy);
  });

  it('reads "originally" with an error’s verb as the piece erring', () => {
    expect(kindAndDate('This report originally misspelt the name of Portree harbour.', false)?.kind).toBe('correction');
    expect(kindAndDate('The blurb of this story incorrectly gave the crossing time as two hours.', false)?.kind).toBe('correction');
    expect(kindAndDate('The name of Glenelg was corrected from the originally misspelled Glenelgg.')?.kind).toBe('correction');
    // Where a piece first ran is no error: "originally appeared" tells its provenance.
    expect(read('This article originally appeared in the Skye Gazette.', false)).toBeNull();
  });

  it('reads a note told as a sentence that names its kind and the programme it went to', () => {
    expect(
      kindAndDate('A clarification notice was added to Harbour Hour about footage of the old ferry terminal shown without its date.'),
    )?.toMatchObject({ kind: 'correction' });
    // A correction someone else issued is news: "by the ministry" names no piece of ours.
    expect(read('A correction was issued by the ministry after the figures were published on Tuesday.')).toBeNull();
  });

  it('reads a list’s dash before a corrections-column item', () => {
    const article = underCopy('- A story that first aired May 2, 2023, incorrectly named the ferry as the Isle of Arran.');
    expect(article.notes?.map((n) => n.kind)).toEqual(['correction']);
  });

  it('leaves a glossary’s list of labels and what they mean in the copy, but reads a dated label after a dash', () => {
    expect(read('- Correction: a wrong fact (a name, a date, a number). A badge is added to the story.')).toBeNull();
    expect(read('- Retraction: a story wrong at its root. The story is taken down and a notice put in its place.')).toBeNull();
    expect(kindAndDate('- Update, 3:40 p.m.: The Sleat ferry has resumed sailing.')).toMatchObject({ kind: 'update', hour: 15 });
  });

  it('leaves a newsroom’s policy after a label in the copy', () => {
    expect(read('Updates: When we add significant new information to a story, we will describe the update at the bottom.')).toBeNull();
    expect(read('Corrections: If we get a name wrong, we will fix it and append a note saying when.')).toBeNull();
  });
});

describe('corrections-column items read by their structure', () => {
  it('opens an item with any piece of the paper, in an edition named by its day', () => {
    expect(
      kindAndDate('An opinion piece in last Friday’s edition stated that the ferry carries 400 cars. In fact, it carries 40.')?.kind,
    ).toBe('correction');
    expect(
      kindAndDate(
        'Also in last Friday’s edition, a photograph of the pier carried a caption stating it was in Oban. It was in fact in Mallaig.',
      )?.kind,
    ).toBe('correction');
  });

  it('takes the right figure told after the wrong one as undoing it, but only in an item the column opens', () => {
    expect(
      kindAndDate('A graph attached to a profile of Oban, in Saturday’s edition, stated that there are 12 berths. There are 10.')?.kind,
    ).toBe('correction');
    expect(read('The council’s report said 40 ferries sailed last year. There are 12 crews in the fleet.')).toBeNull();
  });

  it('takes a sentence that mends the piece, after one that tells what it said, as the column’s fix', () => {
    expect(
      kindAndDate(
        'News online: On 3 May, a story on the ferry strike originally paraphrased the union, saying all crews would walk out. The union in fact said only deck crews would. The story was amended.',
      )?.kind,
    ).toBe('correction');
    expect(
      kindAndDate(
        'A previous version of Ferry Tales stated that the crossing takes two hours. It actually takes 40 minutes. The article has been amended.',
      )?.kind,
    ).toBe('correction');
    // Without a sentence telling what the piece said, the mending is an editor's account.
    expect(read('The Arran story was a lapse. The headline was fixed that day, and we have added a note now.')).toBeNull();
  });

  it('reads a printed title with its date in brackets as the column naming the piece', () => {
    expect(
      kindAndDate('The second chart in a report “Ferries run late” (May 3, 2023) was misleading. It showed the summer timetable.')?.kind,
    ).toBe('correction');
    expect(kindAndDate('The name of the pier is Armadale. A report “Pier reopens” (June 2, 2023) gave it as Armidale.')?.kind).toBe(
      'correction',
    );
  });

  it('reads the newsroom owning an error in its own voice, and not a speaker quoted in the copy', () => {
    expect(
      kindAndDate(
        'In Harbour fees rise again, the Gazette erroneously quoted the harbour master as saying fees would double. We regret the error.',
      )?.kind,
    ).toBe('correction');
    expect(
      kindAndDate('The Island Gazette removed this article from its website after the harbour board disputed its figures.', false)?.kind,
    ).toBe('correction');
    expect(read('The operator said it regrets the error and has corrected the incorrect fares on its website.')).toBeNull();
    expect(read('“We regret the error,” a spokesman for the operator said of the incorrect fares.')).toBeNull();
  });

  it('reads mended slips, a reader who set us right, and a version of the piece named by its title', () => {
    expect(kindAndDate('A few typos have been corrected, most notably the name of the Sound of Sleat.')?.kind).toBe('correction');
    expect(
      kindAndDate(
        'In our story on the Mull ferry, we said it was the oldest in service. But Ann Bell of Tobermory reminds us, the Lismore ferry is older.',
      )?.kind,
    ).toBe('correction');
    expect(kindAndDate('A previous version of Ferry Tales incorrectly gave the crossing time as two hours.', false)?.kind).toBe(
      'correction',
    );
    expect(read('An earlier version of the timetable listed six sailings a day.')).toBeNull();
  });
});

describe('a magazine’s list of mistakes', () => {
  it('opens an item with the day a piece ran and its title or section, then the error', () => {
    expect(
      kindAndDate('In a June 4 Harbourside, Ilse Varga misstated the length of the Sleat crossing. It takes 30 minutes, not 45.')?.kind,
    ).toBe('correction');
    expect(
      kindAndDate('In a Feb. 2, "Island Life," Tom Reid stated that the ferry first sailed in 1960. In fact, it first sailed in 1964.')
        ?.kind,
    ).toBe('correction');
    expect(kindAndDate('In an Aug. 9 "Tide Tables" post, Mae Orr referred to Kyleakin Harbour as Kyle Harbour.')?.kind).toBe('correction');
    // A day and a name with no error after them is copy: "In a June 4 vote, the council …".
    expect(read('In a June 4 vote, the council approved the new winter timetable for the Sleat ferry.')).toBeNull();
  });

  it('reads the newsroom naming its own slip as the item’s first words, and not another body’s', () => {
    expect(
      kindAndDate(
        'Due to an editing error, a June 3 Harbourside misstated when the ferry pier reopened. It reopened on Friday, not Monday.',
      )?.kind,
    ).toBe('correction');
    expect(read('Due to a clerical error, the county misstated the number of ferry passes it sold last year.')).toBeNull();
  });
});

describe('the British press complaints forms', () => {
  it('reads the newsroom setting the record straight, or asked to point out the facts, after what the piece said', () => {
    expect(
      kindAndDate(
        'An article ‘Ferry fares to double’ (May 4) stated that fares would rise in June. They rise in October. We are happy to correct the record.',
      )?.kind,
    ).toBe('correction');
    expect(
      kindAndDate('An article on Tuesday said the harbour board has 40 staff. We have been asked to point out that it employs 28 people.')
        ?.kind,
    ).toBe('correction');
    expect(
      kindAndDate(
        'In an item on the pier closure, it was suggested the ferry would stop. We have been asked to make clear that it sails as normal.',
      )?.kind,
    ).toBe('correction');
  });

  it('reads a slip named as the production’s and what it should have read', () => {
    expect(
      kindAndDate(
        'An article ‘Pier repairs’ reported that repairs would take 18 weeks. This was a production error and should have read 18 months.',
      )?.kind,
    ).toBe('correction');
    // Someone else's error told in the copy stays copy.
    expect(read('The council said the closure was a production error at its printers and should have been caught.')).toBeNull();
  });
});

describe('more labels and more pieces', () => {
  it('reads the labels of print and blogs: erratum, corrigendum, retraction, addendum, amendment, "Ed’s note", "Clarification appended"', () => {
    expect(kindAndDate('Erratum: The tonnage of the Sleat ferry was misstated in the print edition.')?.kind).toBe('correction');
    expect(kindAndDate('Corrigendum: The harbour dues table gave the summer rates for the winter months.')?.kind).toBe('correction');
    expect(kindAndDate('Retraction: The Gazette withdraws its May 2 story about the harbour board.')?.kind).toBe('correction');
    expect(kindAndDate('Addendum: The operator has since confirmed the winter timetable.')?.kind).toBe('update');
    // A postscript is the writer's own, printed with the piece ("postscript: I sent this email to …"): copy.
    expect(read('Postscript: I sent the letter to thirty harbour masters over a week.')).toBeNull();
    expect(kindAndDate('Amendment: An earlier version of this story misstated the length of the pier.')?.kind).toBe('correction');
    expect(kindAndDate('Ed’s note: This story has been updated with the council’s vote.')?.kind).toBe('update');
    expect(kindAndDate('Clarification appended: An earlier version of this story misstated the ferry’s speed.')?.kind).toBe('correction');
    // "Amendment:" names no change of its own: with no note's words it is copy.
    expect(read('Amendment: The council confirmed the new timetable on Friday.')).toBeNull();
  });

  it('reads an amended piece of any kind, with the adverbs newsrooms put before the verb', () => {
    expect(kindAndDate('This explainer has been updated to include the winter timetable.', false)?.kind).toBe('update');
    expect(kindAndDate('This story was last updated at 11 a.m. to include the council’s vote.', false)).toMatchObject({
      kind: 'update',
      hour: 11,
    });
    expect(kindAndDate('This transcript has since been corrected to show the harbour master’s full name.', false)?.kind).toBe('correction');
    // A page's own stamp is no note of the article's.
    expect(read('This page was last updated on 5 March 2024.', false)).toBeNull();
  });
});

describe('more verbs and subjects of a change', () => {
  it('reads a wire bracket that re-leads, amends, or tells its verb in the past', () => {
    expect(kindAndDate('(Re-leads with the harbour board’s vote, adds quotes)')?.kind).toBe('update');
    expect(kindAndDate('(Updated with the final ferry timetable)')?.kind).toBe('update');
    expect(kindAndDate('(Corrected to fix the spelling of the harbour master’s name)')?.kind).toBe('correction');
    // A bracket of copy that opens with a past verb is no wire take.
    expect(read('(Updated figures were not available from the operator.)')).toBeNull();
  });

  it('reads "Updated <weekday> to include …" as dated by its day', () => {
    expect(kindAndDate('Updated Tuesday to include comments from the harbour master.', false)?.kind).toBe('update');
  });
  it('leaves "The story has been updated with …" in the copy: with "the", it may be anyone describing the piece', () => {
    expect(read('The story has been updated with a map of the new ferry route and a statement from the operator.')).toBeNull();
  });
});

describe('a note printed over several lines', () => {
  it('takes the preface over the note as part of it, so one note lands and the copy keeps nothing of it', () => {
    const article = underCopy(
      'This story has been updated to reflect the following correction:',
      'Correction: 4 May 2024',
      'An earlier version of this story misstated the speed of the Sleat ferry.',
    );
    expect(article.notes?.map((n) => [n.kind, n.date.slice(5, 10)])).toEqual([['correction', '05-04']]);
    expect(bodyToBlocks(article.body).map(blockText)).toEqual(copy);
    // Over a line of copy, the preface stands as it is.
    const over = underCopy('This story has been updated to reflect the following correction:', 'Tickets are on sale now.');
    expect(bodyToBlocks(over.body).map(blockText)).toContain('Tickets are on sale now.');
  });
});
