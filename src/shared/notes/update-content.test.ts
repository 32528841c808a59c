/**
 * Update notes say what was added (issue 12, round 6): a second development is told as a clause
 * rather than "additional details", and a lone source's comments are told by what they said.
 * Every example is our own.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { checkNoteGrammar } from './grammar';
import { compressClause, pastTense, saidClause, withoutAttribution } from './news-clause';
import { attributionOf, sourceFromRaw } from './attribution';

const DATE = '2026-04-02T09:00:00-05:00';
const story = (...paragraphs: string[]) => storyOfLines(['Wildfire forces evacuations near Dunmore', ...paragraphs]);
const BASE = ['A wildfire burned about 300 acres west of Dunmore on Tuesday, fire officials said.'];
const propose = (added: string[]) => {
  const note = proposeNote(story(...BASE), story(...BASE, ...added), { date: DATE });
  expect(checkNoteGrammar(note.text, [...BASE, ...added].join('\n'))).toEqual([]);
  return note;
};

describe('a vacuous tail gives way to the next development', () => {
  it('names a second development as a clause, not "additional details"', () => {
    const note = propose([
      'Residents of Alder Creek were evacuated on Tuesday night.',
      'A Code Red alert was issued for Pine Lane shortly after 9 p.m.',
    ]);
    expect(note.kind).toBe('update');
    expect(note.text).toContain('Pine Lane');
    expect(note.text).toMatch(
      /^The news that residents of Alder Creek were evacuated\b.* and that a Code Red alert was issued for Pine Lane\b/,
    );
    expect(note.text).not.toMatch(/additional details/i);
  });

  it('does not tell a state the story moved past as a second development', () => {
    const note = propose(['Residents of Alder Creek were evacuated on Tuesday night.', 'Earlier the fire had covered 80 acres.']);
    expect(note.text).not.toMatch(/that earlier/i);
  });
});

describe('a lone source is credited with what it said', () => {
  it('"comments from X that …" when the source said a clause that reads whole', () => {
    const note = propose(["The Harlan County Sheriff's Office said steady rain slowed the fire overnight."]);
    expect(note.text).toMatch(/[Cc]omments from .*Harlan County Sheriff's Office that steady rain slowed the fire overnight\.$/);
  });

  it('keeps the bare credit when the clause would be cut mid-phrase to dodge a copied run', () => {
    const said = 'Fire Marshal Tomas Ibarra said the county had made clearing dry brush along the ridge roads a priority of its budget.';
    expect(saidClause([said], BASE.join('\n'), said)).toBe('');
  });

  it('tells a participle that trails a noun as a cut that still says what was said', () => {
    const said =
      'A spokesperson for the Lakeside Water District said the treatment plant on Route 9 would restart on Friday with one of its three wells running at half capacity.';
    expect(saidClause([said], BASE.join('\n'), said)).toBe(
      'the treatment plant on Route 9 would restart on Friday with one of its three wells',
    );
  });

  it("needs the sentence to say who said it: a plain line is not a source's words", () => {
    const line = 'Steady rain slowed the fire overnight.';
    expect(saidClause([line], BASE.join('\n'), line)).toBe('');
  });
});

describe('the source is the speaker, named whole', () => {
  it('the subject of the news is not its speaker: "A driver who … died …, the county coroner\'s office said"', () => {
    const line =
      "A driver who was trapped in the wreck when the truck overturned died at a hospital Sunday morning, the Marlow County coroner's office said.";
    const raw = attributionOf(line);
    expect(raw?.raw).toBe("the Marlow County coroner's office");
    expect(sourceFromRaw(raw!.raw, line)?.name).toBe("Marlow County coroner's office");
  });

  it('the news is what happened to the subject: a relative clause without commas is cut where a verb meets the main verb', () => {
    const line =
      "A driver who was trapped in the wreck when the truck overturned died at a hospital Sunday morning, the Marlow County coroner's office said.";
    expect(compressClause(line, line)?.clause).toBe('a driver died at a hospital Sunday morning');
    // Without that seam the line is left whole (and told only if it reads short).
    expect(compressClause('The crew that repaired the line restored power to 40 homes.', 'x')?.clause).not.toMatch(/^the crew restored/i);
  });

  it('a finding opens what was found: "Inspectors determined the dam had cracked …, the agency said"', () => {
    const line = 'Inspectors determined the dam had cracked in two places, the agency said.';
    expect(compressClause(line, line)?.clause).toBe('the dam cracked in two places');
    // …but a finding with no clause after it is the news itself.
    expect(compressClause('The jury found him guilty on all counts.', 'x')?.clause).toBe('the jury found him guilty on all counts');
  });

  it('an institution in apposition is kept whole: "the lot\'s owner, Birchwood Properties, said"', () => {
    const line = "Tenants may return to the lot on Friday, the lot's owner, Birchwood Properties, said in an email.";
    expect(sourceFromRaw(attributionOf(line)!.raw, line)).toMatchObject({ name: 'Birchwood Properties', kind: 'institution' });
  });

  it('records a paper reviewed are not its comments: "according to county records reviewed by the Courier"', () => {
    const line = 'The bridge had failed two inspections since 2019, according to county records reviewed by the Courier.';
    const note = propose([line]);
    expect(note.text).not.toMatch(/comments from .*Courier/);
    expect(note.changes.flatMap((c) => c.sources)).not.toContain('Courier');
    // Nor is the paper that read them a topic of what was added: topics are read without the teller.
    expect(note.text).not.toMatch(/Courier/);
    expect(withoutAttribution(line)).toBe('The bridge had failed two inspections since 2019');
    expect(withoutAttribution("Tenants may return on Friday, the lot's owner, Birchwood Properties, said in an email.")).toBe(
      'Tenants may return on Friday',
    );
  });

  it('"X said it had …": the speaker is the subject of what it said, and the development is named', () => {
    const note = propose(["The utility said Monday it had suspended the crew's contractor over the outage."]);
    expect(note.text).toMatch(/^The news that the utility (?:had )?suspended the crew's contractor\b/);
  });

  it('a credited institution that spoke of itself is "it" again; a lone name is told as the news', () => {
    const inst = propose(['The Dunmore Water Authority said it has 40 crews in the field.']);
    expect(inst.text).not.toMatch(/report that (?:the )?Dunmore Water Authority/);
    const lone = propose(['Harbrook said it had closed its plant in Dunmore.']);
    expect(lone.text).not.toMatch(/Harbrook's \w+ that Harbrook/);
    expect(lone.text).toBe('The news that Harbrook closed its plant in Dunmore.');
  });
});

describe('a topic that names nothing gives way to what the line says', () => {
  const QUOTE = ['"We lost everything," said Mara Voss, who lives on Alder Road.'];
  it('"details on the schedule" becomes the clause with its names and figures', () => {
    const note = proposeNote(
      story(...BASE),
      story(...BASE, ...QUOTE, 'A community meeting will be held Thursday at 7 p.m. in the Dunmore Grange hall.'),
      { date: DATE },
    );
    expect(note.text).toMatch(/that a community meeting will be held Thursday at 7 p\.m\. in the Dunmore Grange hall/);
    expect(note.text).not.toMatch(/details on the (?:community )?meeting/i);
  });

  it('a topic with a figure of its own ("two crews") stays a topic', () => {
    const note = proposeNote(
      story(...BASE),
      story(...BASE, 'As part of the response, the county asked two crews from Harlan to clear the ridge road.'),
      { date: DATE },
    );
    expect(note.text).not.toMatch(/^Additional details\.$/);
  });

  it('a discourse opener ("It turns out,") frames the line; the clause is what follows', () => {
    const line = 'It turns out, the Harbor Guide app will offer offline tide charts at launch.';
    expect(compressClause(line, line)?.clause).toBe('the Harbor Guide app will offer offline tide charts');
  });

  it('the pluperfect is told as the past, which also breaks a copied run: "had ignored" → "ignored"', () => {
    expect(pastTense('the county had ignored two warnings')).toBe('the county ignored two warnings');
    expect(pastTense('the bridge had been closed twice')).toBe('the bridge had been closed twice');
  });

  it('an interjection or an infinitive is no clause to tell', () => {
    for (const line of [
      'Ah well, nothing ventured, nothing gained for the Dunmore crews.',
      'No need to call or email the county office anymore.',
    ])
      expect(compressClause(line, line)).toBeNull();
  });
});

describe('a response put out is named as one, by what it said', () => {
  const WITH = [...BASE, 'County commissioner Rhea Sollis criticized the evacuation plan.'];
  const note = (line: string) => proposeNote(story(...WITH), story(...WITH, line), { date: DATE }).text;

  it('"posted a response" is a response from the source, about what it is about — not "comments"', () => {
    const text = note('Sollis has posted a response listing three changes she wants to the evacuation routes.');
    expect(text).toMatch(/^A response from Sollis on the evacuation routes\.$/);
  });

  it('"released a reply saying …" is told by what follows "saying", never by the reply itself', () => {
    const text = note('Sollis released a reply saying the county had ignored two warnings from the Dunmore fire board.');
    expect(text).toMatch(/^A reply from Sollis that the county ignored two warnings from the Dunmore fire board\./);
    expect(text).not.toMatch(/that Sollis released/);
  });
});

describe('how the lead development is credited and opened', () => {
  it('credits a body that is no name as "a report from police", never "Police\'s report"', () => {
    const note = propose(['Police said the two missing hikers were found alive near Cold Spring.']);
    expect(note.text).toMatch(/^A report from police that the two missing hikers were found alive\b/);
    expect(note.text).not.toMatch(/police's/i);
  });

  it('sets aside a leading weekday time ("Wednesday morning,") before the news', () => {
    const note = propose(['Wednesday morning, crews reopened Route 12 near Dunmore.']);
    expect(note.text).toMatch(/^The news that crews reopened Route 12\b/);
  });
});

describe('an event the old version only foretold', () => {
  it('is news once the new version tells it done ("will be restored" → "has been restored")', () => {
    const older = story(...BASE, 'Crews said power will be restored to Dunmore by midnight.');
    const newer = story(...BASE, 'Power has been restored to Dunmore, according to Valley Electric.');
    const note = proposeNote(older, newer, { date: DATE });
    expect(note.kind).toBe('update');
    expect(note.text).toMatch(/that power was restored to Dunmore\b/);
  });

  it('is still background when the old version had already told it done', () => {
    const older = story(...BASE, 'Power was restored to Dunmore on Tuesday, and crews will stay overnight.');
    const newer = story(
      ...BASE,
      'Power was restored to Dunmore on Tuesday, and crews will stay overnight.',
      'Power has been restored to Dunmore.',
    );
    const note = proposeNote(older, newer, { date: DATE });
    expect(note.text).not.toMatch(/that power was restored/);
  });
});

describe('attribution by "per"', () => {
  it('sets aside ", per the county fire site" and ", per state police" as who told it, not "per gallon"', () => {
    expect(compressClause('Crews reopened Route 12 at 4 p.m., per state police.', '')).toMatchObject({
      clause: 'Crews reopened Route 12 at 4 p.m.',
      verb: 'said',
    });
    expect(compressClause('The Alder Fire grew to 90 acres, per the Dunmore County fire site.', '')?.clause).toBe(
      'the Alder Fire grew to 90 acres',
    );
    expect(compressClause('Diesel rose to $5, per gallon.', '')?.verb).toBe('');
  });
});

describe('"X said it was …"', () => {
  it('never puts the speaker in place of an "it" that is no one ("Police was the third shooting")', () => {
    for (const line of ['Police said it was the third shooting in Dunmore this month.', 'The utility said it was raining in Dunmore.']) {
      const told = compressClause(line, line);
      expect(told?.clause ?? '', line).not.toMatch(/^(?:police|the utility) (?:was|is)\b/i);
    }
  });
});

describe('how a source is written', () => {
  it('credits "Police said …" as police, in lower case', () => {
    expect(sourceFromRaw('Police', 'Police said it was the third fire in the canyon this month.')?.name).toBe('police');
  });

  it('gives a company no "the" that belonged to a noun after its name ("the Brookfield Foods plant")', () => {
    const plant = ['A storm destroyed the Brookfield Foods plant in Dunmore on Sunday.', 'About 300 people worked at the plant.'];
    const older = storyOfLines(['Storm destroys plant', ...plant]);
    const newer = storyOfLines([
      'Storm destroys plant',
      ...plant,
      '“We will rebuild, and every worker will be paid while we do,” the company said in a statement.',
    ]);
    const note = proposeNote(older, newer, { date: DATE });
    expect(note.text).toMatch(/Brookfield Foods/);
    expect(note.text).not.toMatch(/the Brookfield Foods/);
  });
});
