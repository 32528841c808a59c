import { describe, expect, it } from 'vitest';
import { readNoteLine } from './frame-lines';
import { parseTextArticle } from './text';
import { bodyToBlocks, blockText } from '../article/blocks';
import { exportText } from '../export/txt';
import { newContent } from '../article/content';

/**
 * Issue 12, seventh round: note lines read by rules anchored on the publication's own piece or on a
 * note's own furniture. Each family has a note line of our own (names, places and days invented)
 * and a line of copy in the same shape that must stay in the body: copy about a memo, an audit, a
 * bill, a tweet or another outlet's story is the news.
 */
const head = 'Harbour ferry fares rise';
const copy = ['Fares on the harbour ferry will rise 8% from March, the operator said Friday.', 'The operator blamed fuel costs.'];

/** Where the importer reads it: 'end' under the copy, 'top' under the headline. */
function importedAt(line: string, where: 'end' | 'top') {
  const lines = where === 'end' ? [head, ...copy, line] : [head, line, ...copy];
  return parseTextArticle(lines.join('\n\n'));
}

/** The note read under the copy: kind and date, the copy left whole, and the same note after a text export. */
function expectNote(line: string, kind: 'update' | 'correction', date: { month?: number; day?: number; hour?: number } = {}, top = false) {
  const read = readNoteLine(line, true);
  expect(read, line).not.toBeNull();
  expect([read!.kind, read!.month, read!.day, read!.hour], line).toEqual([kind, date.month, date.day, date.hour]);
  for (const where of top ? (['end', 'top'] as const) : (['end'] as const)) {
    const article = importedAt(line, where);
    expect(
      article.notes?.map((n) => n.kind),
      `${where}: ${line}`,
    ).toEqual([kind]);
    expect(bodyToBlocks(article.body).map(blockText), `${where}: ${line}`).toEqual(copy);
  }
  const first = importedAt(line, 'end');
  const exported = exportText({ ...newContent({}), id: 'a1', createdAt: '2026-01-01T00:00:00', ...first, status: 'published' } as never, {
    provider: 'Copydesk',
  });
  const again = parseTextArticle(exported);
  expect(
    again.notes?.map((n) => [n.kind, n.text]),
    line,
  ).toEqual(first.notes!.map((n) => [n.kind, n.text]));
  if (date.month !== undefined) expect(again.notes![0]!.date.slice(5, 10), line).toBe(first.notes![0]!.date.slice(5, 10));
  expect(bodyToBlocks(again.body).map(blockText), line).toEqual(copy);
}

/** Copy stays copy, under the copy and under the headline. */
function expectCopy(line: string) {
  for (const where of ['end', 'top'] as const) {
    const article = importedAt(line, where);
    expect(article.notes, `${where}: ${line}`).toBeUndefined();
    expect(bodyToBlocks(article.body).map(blockText).join('\n'), `${where}: ${line}`).toContain(line.replace(/^[-–—•] /, ''));
  }
}

describe("a note's own furniture", () => {
  it('reads a date in brackets after the note, or "(amended <date>, <clock>)" at its end', () => {
    expectNote(
      'Clarification: Updated to show that the grant went to the Harbour Trust. (March 12)',
      'correction',
      { month: 3, day: 12 },
      true,
    );
    expectNote(
      'Clarification: An earlier version of this article said the pier would close in May. It closes in June (amended 4 May,2023, 3.05pm).',
      'correction',
      { month: 5, day: 4, hour: 15 },
      true,
    );
    // A date in brackets inside the note's last sentence is the news's day, not the note's.
    expect(readNoteLine('Update: The ferry hearing has been moved to a later date (March 12).', true)?.month).toBeUndefined();
    expectCopy('Ames said the ferry board would vote on the fares. (March 12)');
  });

  it('reads "Update (2024):", a year in brackets after the label', () => {
    expectNote(
      'Update (2024): This post has been revised to cover the new timetable. The old fare table is no longer needed.',
      'update',
      {},
      true,
    );
    expectCopy('Budget (2024): The council revised its plan for the ferry terminal on Monday.');
  });

  it('reads a dagger footnote with its day, then a sentence that is a note in its own words', () => {
    expectNote(
      '‡ 3 June 2025. This article has been revised to correct the launch date of the new ferry.',
      'correction',
      { month: 6, day: 3 },
      true,
    );
    expectCopy('† 3 June 2025. The council voted to raise fares on the harbour ferry.');
  });

  it('reads "- " list items under the copy when the item is a note in its own words, but not a list of what labels mean', () => {
    expectNote('- A segment that first aired on Tuesday, May 6, 2025, misidentified the harbour master.', 'correction');
    expectCopy('- Correction: a factual error (date, name, number, fact). A badge is added to the article.');
    expectCopy('- An earlier version of the harbour plan omitted the cost of dredging.');
  });
});

describe('labels and wire lines in more shapes', () => {
  it('reads a date before the label when the note ends on a source\'s word ("…, police said.")', () => {
    expectNote('9/14/24 UPDATE: The harbour road reopened Sunday night, police said.', 'update', { month: 9, day: 14 }, true);
    expectNote('[9/14/24 UPDATE: The harbour road reopened Sunday night, police said.]', 'update', { month: 9, day: 14 }, true);
    // A date and a colon with no label before a sentence told on someone's word is copy.
    expectCopy('Sept. 14: The harbour road reopened Sunday night, police said.');
    expectCopy('Sunday: The harbour road reopened, police said.');
  });

  it("leaves a wire's revision line printed without brackets as copy: a deck that lists the news has its shape (withdrawn, review 7a)", () => {
    expectCopy('Updates with closing share price, adds analyst comment');
    expectCopy('Expands ferry service, adds night sailings, changes fares and closing times');
    // In its brackets it is the wire's, and a note.
    expectNote('(Updates with closing share price, adds analyst comment)', 'update');
    expectCopy('Adds new routes to Lisbon, changes fares for children');
    expectCopy('Updates to the app include a new fare table, adds a map of the harbour.');
  });

  it('reads the piece named in more of its own words, at the top and under the copy', () => {
    expectNote('The headline on this story has been updated to say the fare rises 8%.', 'update', {}, true);
    expectNote('A photo caption in an earlier version of this article misidentified the ferry.', 'correction', {}, true);
    expectNote('This version of the story corrects the ferry’s departure time.', 'correction', {}, true);
    expectNote('We have corrected the departure time in this story.', 'correction', {}, true);
    expectNote('Due to an editing error, an earlier version of this story misstated the fare.', 'correction', {}, true);
    expectNote('The story has been updated.', 'update', {}, true);
    expectNote('Correction: The headline of this story has been corrected to say the fare rises 8%.', 'correction', {}, true);
    expectNote('— Updated at 3:40 p.m. to include comment from the operator.', 'update', { hour: 15 }, true);
    expectNote("Editor's note (updated Nov. 6): The operator confirmed the new fares.", 'update', { month: 11, day: 6 }, true);
    // The same words about another piece, or with more after them, are copy.
    expectCopy('The headline on the council’s website has been updated to say the fare rises 8%.');
    expectCopy('Due to an editing error, the county misstated the tax bills of 400 homeowners.');
    expectCopy('The story has been updated with a map of the harbour and the name of the skipper.');
    expectCopy('We have corrected the timetable, the operator said in a statement.');
  });

  it('reads the label told as a sentence about this piece, and the newsroom removing or adding something in this piece', () => {
    expectNote('A correction has been made to this article. The fare is $4, not $5.', 'correction', {}, true);
    expectNote('This story contains corrections. The ferry sails from Poole, not Weymouth.', 'correction', {}, true);
    expectNote('We have removed the name of the skipper from this story.', 'update', {}, true);
    expectNote('This story was originally published Nov. 5, 2025. It has been updated with the new fares.', 'update', {}, true);
    expectCopy('A correction has been made to the state budget, restoring $3 million for schools.');
    expectCopy('We have added three ferries to this route, the operator said in a statement.');
    // "This report" is anyone's report: an audit's, an agency's.
    expectCopy('This report contains corrections the harbour board made after the operator objected.');
    expectCopy('We have added new sailings to this report, the harbour board said.');
  });

  it('reads "Updated at <clock> on <date>." as a dated note under the copy', () => {
    expectNote('Updated at 10:30 a.m. ET on Nov. 6, 2025.', 'update', { month: 11, day: 6, hour: 10 });
  });

  it('keeps the words of a dated note under the headline: a stamp with text after its separator is a note, not a stamp', () => {
    const article = importedAt('Updated Nov. 6, 2025 3:40 p.m. ET: The operator confirmed the new fares.', 'top');
    expect(article.notes?.map((n) => n.text)).toEqual(['The operator confirmed the new fares.']);
    expect(bodyToBlocks(article.body).map(blockText)).toEqual(copy);
  });

  it('reads "was last updated on …", wire gerunds in brackets, AP\'s "Eds:" and "This is an updated version of a story …"', () => {
    expectNote('This article was last updated on 6 November 2025 to include the new timetable.', 'update', { month: 11, day: 6 }, true);
    expectNote('(Refiling to add byline)', 'update', {}, true);
    expectNote('(Correcting spelling of skipper’s name in paragraph 3)', 'correction', {}, true);
    expectNote('Eds: Updates with comment from the harbour master.', 'update', {}, true);
    expectNote('This is an updated version of a story first published Nov. 5.', 'update', {}, true);
    expectCopy('This is an updated version of the timetable, the operator said.');
    expectCopy('This is an updated version of a report the harbour board first released in 2021.');
    expectCopy('This is an updated version of the story the skipper told the inquiry, officials said.');
  });

  it('reads "Correction:" at the top when its words own the error later in the note', () => {
    expectNote('CORRECTION: The fare is $4. An earlier version of this story gave the wrong amount.', 'correction', {}, true);
    expectNote('Correction: The fare is $4, not $5 as previously reported.', 'correction', {}, true);
    // Without a label, "not $5 as originally reported" is copy that cites another outlet's figure.
    expectCopy('The deal is worth $4 billion, not $5 billion as originally reported.');
  });

  it('keeps the words after a stamp\'s date: "Updated at <clock> <date> with …" under the headline is a note', () => {
    const article = importedAt('Updated at 3:40 p.m. ET Nov. 6, 2025 with comment from the operator.', 'top');
    expect(article.notes?.length).toBe(1);
    expect(bodyToBlocks(article.body).map(blockText)).toEqual(copy);
  });

  it('reads "Story updated at <clock>" like "Updated at <clock>"', () => {
    expectNote('Story updated at 4:25 p.m.', 'update', { hour: 16 }, true);
  });

  it('reads a live page\'s "Update 6:40 p.m. <sentence>", its clock closing like a sentence, but no bare count, nor a bare clock above the copy', () => {
    expectNote('Update 6:40 p.m. The ferry left the dock on time, according to the harbour master.', 'update', { hour: 18 });
    expectNote('UPDATE 9 a.m. Crews cleared the last of the debris overnight.', 'update', { hour: 9 });
    expectCopy('Update 2 The council voted to raise fares.');
    // A bare clock over a sentence is the story's update only as a live page's one entry under
    // the copy (live-entry.ts, the fifteenth importer round); above the copy it stays copy.
    const bare = '6:40 p.m. The ferry left the dock on time, according to the harbour master.';
    expect(readNoteLine(bare, true), bare).toBeNull();
    expect(importedAt(bare, 'end').notes?.map((n) => [n.kind, n.date.slice(11, 16)])).toEqual([['update', '18:40']]);
    expect(importedAt(bare, 'top').notes).toBeUndefined();
  });
});

describe("the publication's own piece", () => {
  it('reads "this article originally <error>" and "the blurb of this article …", but not another thing that "originally" erred', () => {
    expectNote('This story originally misspelled the name of the ferry operator, Solway Lines.', 'correction', {}, true);
    expectNote('This article originally had an incorrect caption on the photo of the pier.', 'correction', {}, true);
    expectNote('The summary of this article incorrectly stated that 40 ferries sail daily.', 'correction', {}, true);
    expectCopy('This bill originally misstated the cost of the new ferry terminal.');
    expectCopy('The budget of this agency originally had an incorrect figure for dredging.');
    expectCopy('The summary of the audit incorrectly stated that 40 ferries sail daily.');
  });

  it("reads a story that first aired or ran on a day with an error word; a report, or a piece posted to a web address, is anyone's", () => {
    expectNote('A story that originally ran June 3 contained a typo in the fare table. Day passes cost $12, not $21.', 'correction');
    expectCopy('A report posted to harbourwatch.org on Friday, June 6, 2025, overstated the ferry line’s losses by $2 million.');
    expectCopy('A report that originally ran June 3 contained a typo in the fare table. Day passes cost $12, not $21.');
    expectNote(
      'A story that first aired March 2, 2024, overstated the ferry line’s losses. We also changed the story to add the operator’s reply.',
      'correction',
    );
    // Posted to a platform, or first run somewhere named: anyone's piece.
    expectCopy('A video posted to Facebook on Monday overstated the crowd at the harbour.');
    expectCopy("A post that first appeared on the mayor's Facebook page misstated the tax rate.");
  });

  it('leaves a column named by day and title as copy: a show or a post told in the news has its shape (withdrawn, review 7a)', () => {
    expectCopy('In a June 3 Weekender, Tom Avery misstated the ferry’s capacity. It carries 400 passengers, not 600.');
    expectCopy('Due to an editing error, a July 9 Dispatch misidentified the port where the ferry docks.');
    expectCopy('In a Feb. 9 YouTube Live, Mayor Ned Price misstated the ferry budget.');
    expectCopy('In an April 4 Sky News, Councillor Ivy Shaw misidentified the harbour master.');
    expectCopy('In a March 9 Tweet, Governor Ann Holt misstated the number of ferries.');
    expectCopy('In a June 2 Senate hearing, Paul Reyes misstated the ferry budget.');
    expectCopy('In a May 3 Press Release, Harbour Health misstated the wait times.');
    expectCopy("In a Jan. 31 memo, the agency's director misstated the budget.");
    expectCopy('In a Sept. 3 Op-Ed, Mayor Kim Reyes misstated the tax rate.');
  });

  it("reads the paper's own edition, what the piece said, and the fact that undoes it", () => {
    expectNote('A chart in last Thursday’s edition stated that 40 ferries sail daily. There are 34.', 'correction');
    expectNote('A column in yesterday’s edition stated that the pier closed in 1990. It in fact closed in 1994.', 'correction');
    expectCopy("The council's plan, in last Tuesday's vote, stated that taxes would rise. In fact, they fell.");
    // Another outlet's edition, named before it, is the news.
    expectCopy("The Courier, in last Friday's edition, stated that the pier would close. In fact, it stays open.");
  });

  it('reads a print reference that gives the day the piece ran, then what it said and the fact that undoes it', () => {
    expectNote(
      'The review of the harbour opera (A night on the quay, 4 May, page 12) said that the tenor was Italian. It was not Italian but Portuguese.',
      'correction',
    );
    expectCopy('The audit (page 14) said the agency had saved $4 million. The agency has not released its figures.');
    // Someone else's piece with a dated print reference is the news.
    expectCopy('A notice on the port website (Fares update, 2 May, page 3) said the fares were $9. They were not.');
  });

  it('reads a report cited by its title and day in brackets that was misleading or gave a name wrongly', () => {
    expectNote('The ferry’s home port is Poole. A report “Ferry fares climb again” (June 4, 2024) gave it as Portsmouth.', 'correction');
    expectCopy('The state’s report “Roads First” (2023) gave it as a priority. Critics disagreed.');
  });

  it('reads an item closed by the piece put right, and an earlier version named by title when the article is named as amended', () => {
    expectNote(
      'A previous version of Harbour lights after dark stated that the lighthouse closed in 1990. It closed in 1994. The article has been amended.',
      'correction',
    );
    expectCopy('An earlier version of Windows misstated the date. This has been rectified.');
    expectCopy('A report by the auditor said the agency overspent. The report was amended in May.');
  });

  it('reads the newsroom named with "removed this article"', () => {
    expectNote(
      'The Coastal Herald removed this article (published on May 2) from its website. We regret the error.',
      'correction',
      {},
      true,
    );
    expectCopy('The company removed the article from its website on Monday.');
  });
});

describe("the newsroom's own voice", () => {
  it('reads "we have been asked to point out / make clear" after what the piece said', () => {
    expectNote(
      'An article on Friday said the port employs 2,000 people. We have been asked to point out that it employs 1,400.',
      'correction',
    );
    expectCopy('The union said the port employs 2,000 people. "We have been asked to point out that it employs 1,400," a spokesman said.');
  });

  it('reads an error owned in the last sentence, "We regret the error."', () => {
    expectNote(
      'In Tides of change, the Coastal Herald erroneously quoted the harbour master as saying the port would close. We regret the error.',
      'correction',
    );
    expectCopy('The bank said it had erroneously charged 400 customers. "We regret the error."');
  });

  it('reads "we cited … in fact" in an item opened by the day the piece ran, and "… reminds us"', () => {
    expectNote(
      'On March 3, 2022, The Beacon published an article on ferry pay. In that article, we cited a salary of £80,000. We have since been informed that in fact it is £52,000.',
      'correction',
    );
    expectNote(
      'In our story on the harbour festival, we said Poole hosts the oldest regatta. But Ann Reed of Dorset reminds us, "Cowes has held that title for decades."',
      'correction',
    );
    expectCopy('On March 3, the council published its ferry plan. We cited it in our coverage of the vote.');
  });

  it('reads sentences not attributed, an apology for "our omission", and "should have read"', () => {
    expectNote(
      'In the article “Salt and sail”, two paragraphs were not attributed to the original source. We apologise for our omission.',
      'correction',
    );
    expectNote(
      'An article ‘Tides of change’ reported that 40 ferries sail daily. This was a production error and should have read 14 ferries.',
      'correction',
    );
    expectCopy('Two paragraphs of the report were not attributed to their sources, the union said.');
  });

  it('reads a correction label over an error of print quoted whole, at the top too', () => {
    expectNote(
      'Correction: “A caption originally misidentified the ferry as the Solent Star. It was the Wight Star.”',
      'correction',
      {},
      true,
    );
    const top = importedAt('Correction: officers seized the ferry’s cargo on Monday, the port said.', 'top');
    expect(top.notes).toBeUndefined();
  });
});

describe('copy that names a document of the news stays copy, whatever words stand before the document', () => {
  // The words before "report" or "story" are a name only in capitals ("A Herald article", "In
  // Tuesday's Metro column"); the column openings used to match them in any case.
  it.each([
    "The agency's internal audit report misstated the savings by $4 million.",
    'The state health department report misstated the number of cases.',
    'A new federal report misidentified the contractor as Acme Corp.',
    'The city budget report incorrectly listed the cost of the bridge.',
    "In the agency's report, the director misstated the budget by $4 million.",
    'In a state audit report, officials misstated the cost of the bridge.',
    'In the federal government report, the agency was misidentified as the contractor.',
    // The paper citing its own earlier story, or anyone's report, is copy: only "as we had it", or
    // "as we reported" after the right fact and its "not", owns an error.
    'The council approved the budget in March, as we reported at the time, and the mayor signed it a week later.',
    'As the report said, the agency had no plan for the bridge and no money to build it.',
  ])('%s', (line) => expectCopy(line));

  it('still reads the column items that name the piece in capitals or as our own version of the story', () => {
    expectNote('A Harbour Times article on Tuesday misstated the number of ferries that sail daily.', 'correction');
    expectNote('In Tuesday’s Coastlines column, the ferry’s owner was misidentified as Solway Lines.', 'correction');
    expectNote('The version of the story that appeared in the print edition on May 2 incorrectly stated the fare. It is $4.', 'correction');
    expectNote('The harbour has 12 moorings, not 15 as we reported in an article on the marina (Boats in, 2 May, page 9).', 'correction');
    expectNote('The ferry’s skipper is Ann Reed, not Anne Reid as we had it in a report on the regatta.', 'correction');
  });
});
