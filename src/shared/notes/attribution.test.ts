import { describe, expect, it } from 'vitest';
import { attributionOf, sourceOf, sourceFromRaw, type AttributionContext } from './attribution';
import { shortName } from './names';
import { articleSentences, splitSentences } from './sentences';
import { storyOfLines } from '../../../tests/support/note-stories';

function contextOf(paragraphs: string[]): AttributionContext {
  const article = storyOfLines(['Headline', ...paragraphs]);
  const sentences = articleSentences(article);
  return { sentences, articleText: sentences.map((s) => s.text).join('\n') };
}

/** The source of the last sentence of the little article made of `paragraphs`. */
function lastSource(...paragraphs: string[]): string | undefined {
  const ctx = contextOf(paragraphs);
  return sourceOf(ctx.sentences.length - 1, ctx)?.name;
}

describe('attribution shapes', () => {
  it('reads "X said", "said X" and a quote before the name', () => {
    expect(lastSource('Mayor Ellen Okafor said the bridge would reopen in May.')).toBe('Okafor');
    expect(lastSource('"We will rebuild by spring," said Mayor Ellen Okafor of Riverton.')).toBe('Okafor');
    expect(lastSource('"The sky is a front line," Tamm wrote.')).toBe('Tamm');
  });

  it('reads "told", "explained" and speech verbs after "also"', () => {
    expect(lastSource('Coach Maria Lindqvist told reporters the team never panicked.')).toBe('Lindqvist');
    expect(lastSource('Pruitt explained that the invoices were drafts.')).toBe('Pruitt');
    expect(lastSource('NATO chief Anne Rask spoke on Monday.', 'Rask also singled out two allies for praise.')).toBe('Rask');
  });

  it('reads "according to X", including a name in apposition', () => {
    expect(lastSource('Four homes burned, according to Carla Mendes, the county emergency director.')).toBe('Mendes');
    expect(lastSource('The deal is close, according to the Brazilian Trade Ministry.')).toBe('Brazilian Trade Ministry');
  });

  it('names the institution of an anonymous official', () => {
    expect(
      lastSource(
        'According to an official from the Estonian Defense Ministry who spoke on condition of anonymity, two drones carried cameras.',
      ),
    ).toBe('Estonian Defense Ministry');
    // One unnamed person is credited as the article describes them, as newsrooms' notes do.
    expect(lastSource('A State Department official, speaking on condition of anonymity, said the talks went well.')).toBe(
      'a State Department official',
    );
    expect(lastSource('A spokesperson for the Gull Island Ferry Co. said service would resume Wednesday.')).toBe('Gull Island Ferry Co.');
  });

  it('reads "in a statement" and resolves "the company" to the business named before', () => {
    expect(
      lastSource(
        'Northgate Foods recalled 120,000 bags of spinach.',
        'The Food and Drug Administration said no one fell ill.',
        'The company said in a statement that it had stopped production.',
      ),
    ).toBe('Northgate Foods');
    expect(lastSource('In a statement, Gov. Helen Park said the bill would drain money from schools.')).toBe('Park');
  });

  it('reads the passive "echoed by X, who …" and an opinion piece: the writer is the source, not the outlet', () => {
    expect(
      lastSource(
        'The warning was echoed by NATO Secretary General Anne Rask, who called the ties "deeply dangerous" in an opinion piece published by Politico.',
      ),
    ).toBe('Rask');
  });

  it('reads an appositive on either side of the name', () => {
    expect(lastSource("Laura Kim, the company's chief executive, said 30 stores would open.")).toBe('Kim');
    expect(lastSource('His lawyer, Miriam Stokes, said outside the courthouse that he would appeal.')).toBe('Stokes');
  });

  it('reads an institution described with "the" and a relative clause', () => {
    expect(lastSource('The United Auto Workers local that represents workers at the plant said it would fight the cuts.')).toBe(
      'United Auto Workers local',
    );
    expect(lastSource('The Riverton City Council said it would meet again Friday.')).toBe('Riverton City Council');
  });

  it('gives no source to an unattributed fact', () => {
    expect(attributionOf('More than 40,000 homes lost power at the height of the storm.')).toBeNull();
  });
});

describe('short names', () => {
  it('uses the surname, as AP second reference does', () => {
    const text = 'NATO Secretary General Mark Rutte wrote in Politico. Rutte also criticized Beijing.';
    expect(sourceFromRaw('NATO Secretary General Mark Rutte', text)?.name).toBe('Rutte');
    expect(shortName('Mark Rutte', text, 'as-introduced')).toBe('Rutte');
  });

  it('keeps the full name when the article never uses the surname alone, in as-introduced mode', () => {
    expect(shortName('Naomi Fisk', '"We waited," said Naomi Fisk.', 'as-introduced')).toBe('Naomi Fisk');
  });

  it('keeps the full name when two people share the surname', () => {
    const text = 'Rosa Albanese opened the bakery. Her daughter, Teresa Albanese Moore, said she worked until 88.';
    expect(shortName('Rosa Albanese', text)).toBe('Rosa Albanese');
  });
});

describe('pronouns', () => {
  it('resolves "he" to the anonymous official quoted just before, not to a person named in passing', () => {
    expect(
      lastSource(
        'President Oskar Lind said the troops were fighting.',
        'According to an official from the South Korean presidential office who spoke on condition of anonymity, Seoul is still in talks with Kyiv.',
        'However, he said the government does not believe the troops are yet engaged in combat.',
      ),
    ).toBe('South Korean presidential office');
  });

  it('resolves "she" to the person quoted before', () => {
    expect(
      lastSource(
        'Park is expected to sign the bill, according to her spokesperson, Dana Cole. She said the governor made drug prices a priority.',
      ),
    ).toBe('Cole');
  });

  it('keeps an institution named whole: an office named after its holder, a utility', () => {
    expect(lastSource('The Marlow County Sheriff’s Office said rain helped the crews.')).toBe("Marlow County Sheriff's Office");
    expect(lastSource('Brindle Creek Electric said power was back for 300 homes.')).toBe('Brindle Creek Electric');
  });

  it('an unnamed official is no person named by an adjective ("a senior Latvian police official")', () => {
    expect(lastSource('A senior Latvian police official says 12 people were hurt.')).toBe('a senior Latvian police official');
  });

  it('resolves "the official" to the official quoted earlier', () => {
    expect(
      lastSource('A State Department official said the sides agreed on a framework. The official said a deal could come within weeks.'),
    ).toBe('a State Department official');
  });

  it('carries a quote that continues in the next sentence to its speaker', () => {
    expect(lastSource('"Villagers heard them for an hour," Tamm wrote. "Nobody told them anything."')).toBe('Tamm');
  });
});

describe('sentences', () => {
  it('does not end a sentence at an abbreviation, a title or an initial', () => {
    expect(splitSentences('Gen. Ana Ruiz met U.S. officials on Nov. 6 in Washington. John F. Kennedy Airport was closed.')).toEqual([
      'Gen. Ana Ruiz met U.S. officials on Nov. 6 in Washington.',
      'John F. Kennedy Airport was closed.',
    ]);
  });

  it('ends a sentence after a closing quote', () => {
    expect(splitSentences('“We are ready,” she said. “We have been for weeks.”')).toEqual([
      '“We are ready,” she said.',
      '“We have been for weeks.”',
    ]);
  });
});

describe('what is not a source (issue 12, class 7)', () => {
  it('a document is where the words stand, not who said them: "according to the notice"', () => {
    expect(lastSource('According to the notice, some customers still could not book tickets.')).toBeUndefined();
    expect(lastSource('Fares will rise, according to the operator’s latest report.')).toBeUndefined();
    expect(lastSource('Fares will rise, according to the Harbor Authority.')).toBe('Harbor Authority');
  });

  it('"X, announced in April 2005" says when, not who spoke', () => {
    expect(lastSource('The deal is the company’s largest since its purchase of Macromedia, announced in April 2005.')).toBeUndefined();
    expect(lastSource('Dana Cole, the mayor, announced on Tuesday that the pool would reopen.')).toBe('Cole');
  });
});

describe('more attribution shapes seen on real copy', () => {
  it('two speakers, the first named: "Retired Army Maj. Mike Lyons and a current military analyst told …"', () => {
    expect(lastSource('Retired Army Maj. Mike Lyons and a current military analyst told WNBC that the flights were a drill.')).toBe(
      'Lyons',
    );
  });

  it('"X reported that …": a newsroom or agency reporting is a source', () => {
    expect(lastSource('On Dec. 22, the Riverton Gazette reported that officials confirmed the flights were a drill.')).toBe(
      'Riverton Gazette',
    );
    expect(lastSource('On Dec. 22, WRVT 4 Riverton reported that officials confirmed the flights were a drill.')).toBe('WRVT 4 Riverton');
  });
});

describe('"the company" after a company spoke', () => {
  it('is the one-word company that spoke just before, not a name inside its quoted words', () => {
    expect(
      lastSource(
        'Tidewell Cloud Services had an outage on Monday.',
        'Tidewell announced on Monday evening that it resolved the "slow logins for Harbor Services."',
        'The company said it "found the trigger of the event."',
      ),
    ).toBe('Tidewell');
  });

  it('is not an agency that spoke before it', () => {
    expect(
      lastSource(
        'Northgate Foods recalled 4,000 bags of spinach.',
        'The Food and Drug Administration said no illnesses had been reported.',
        'The company said in a statement that it had stopped production.',
      ),
    ).toBe('Northgate Foods');
  });
});

describe('a paper described further is still a paper', () => {
  it('"according to a budget memo released Wednesday" credits no one', () => {
    expect(lastSource('The closures will save about $2.1 million a year, according to a budget memo released Wednesday.')).toBeUndefined();
  });
});

describe("a named body's paper is that body's word", () => {
  it('"A Vermont State Police news release says …" credits the state police, not "news release"', () => {
    const text = 'A Vermont State Police news release says the crash happened Friday.';
    expect(sourceFromRaw('A Vermont State Police news release', text)?.name).toBe('Vermont State Police');
    // A paper with no named body still credits no one.
    expect(sourceFromRaw('a news release', text)).toBeNull();
  });
});

describe('one unnamed person is credited as the article describes them', () => {
  it('"according to a Vermont State Police trooper on the scene" is "a Vermont State Police trooper"', () => {
    const text = 'The road is closed, according to a Vermont State Police trooper on the scene.';
    expect(sourceFromRaw('a Vermont State Police trooper on the scene', text)).toMatchObject({
      name: 'a Vermont State Police trooper',
      kind: 'description',
    });
  });
});

describe('a plural common noun opening a sentence describes who spoke; it names no one', () => {
  const article = 'Storms\n\nA man was shot.\n\nNeighbors described hearing several shots. Sgt. Ada Quell said the man was stable.';
  it('"Neighbors described …" is a description, in lower case, never a person', () => {
    expect(sourceFromRaw('Neighbors', article)).toEqual({ name: 'neighbors', kind: 'description', raw: 'Neighbors' });
  });
  it('a name the article writes capitalized mid-sentence stays a name', () => {
    const named = 'Storms\n\nA man was shot, said Officer Dana Roberts.\n\nRoberts described hearing several shots.';
    expect(sourceFromRaw('Roberts', named)?.kind).toBe('person');
  });
});

describe('a tweet is a paper the words stand in, not a source', () => {
  it('"…," the tweet says credits no one', () => {
    const article = 'Outage\n\nHarbor Power tweeted that service was back.\n\n"We are working on it," the tweet says.';
    expect(sourceFromRaw('the tweet', article)).toBeNull();
    expect(sourceFromRaw('a tweet', article)).toBeNull();
  });
});

describe('a passive tells what was said, not who said it', () => {
  it('"A third case was confirmed Tuesday" credits no "third case"', () => {
    expect(attributionOf('A third case was confirmed Tuesday night.')).toBeNull();
    expect(attributionOf('The closure was announced on Friday.')).toBeNull();
    expect(attributionOf('The clinic said a third case was confirmed Tuesday.')?.raw).toBe('The clinic');
  });
});

describe('reports are papers, whoever wrote them', () => {
  it('"Unconfirmed reports" and "Police reports" credit no one', () => {
    expect(sourceFromRaw('Unconfirmed reports', 'Unconfirmed reports said two workers were trapped.')).toBeNull();
    expect(sourceFromRaw('Police reports', 'Police reports show the car was stolen.')).toBeNull();
  });
});

describe('a body that is no name, set after the clause it told', () => {
  it('"…, police say." and "…, state officials said." credit police and state officials', () => {
    expect(attributionOf('The man fired three shots after he was thrown out of the bar, police say.')?.raw).toBe('police');
    expect(attributionOf('Two bridges were closed, state officials said.')?.raw).toBe('state officials');
    // A name there is still read by the rules for names.
    expect(attributionOf('Two bridges were closed, Mayor Ada Holt said.')?.raw).not.toBe('police');
  });
});

describe('who speaks is read from the sentence’s structure (round 9)', () => {
  it('a speaker set after the clause speaks it, not the person the clause names', () => {
    expect(
      lastSource('Divers found Omar Frey dead near the pier.', 'He said the ladder had been loose for weeks, his cousin told reporters.'),
    ).toBe("Frey's cousin");
    expect(lastSource('Tessa Quill, 29, died Sunday.', 'She said she felt fine that morning, her roommate said.')).toBe("Quill's roommate");
    // Near miss: the person speaking first, with no speaker after the clause, is still the speaker.
    expect(lastSource('Mayor Ines Cardo visited the pier.', 'She said the ladder would be replaced.')).toBe('Cardo');
  });

  it('a relative who speaks is named by whose relative they are, never as that person', () => {
    expect(lastSource('Divers found Omar Frey near the pier.', "Frey's sister said he swam there every summer.")).toBe("Frey's sister");
    expect(lastSource('Omar Frey, 52, drowned Sunday.', '"He knew that water," said his sister.')).toBe("Frey's sister");
  });

  it('a "he said" after a line that reports someone dead is not that person’s', () => {
    expect(lastSource('Omar Frey, 52, died at the scene.', 'He said the current was strong.')).toBeUndefined();
    // Near miss: one who is alive is still the "he" who spoke.
    expect(lastSource('Lifeguard Omar Frey reached the swimmer first.', 'He said the current was strong.')).toBe('Frey');
  });

  it('a name after "near", "on" or "of" is where the speakers were, not who they are', () => {
    expect(lastSource('Onlookers near Tamsin Street said they heard a bang.')).toBe('onlookers');
    expect(lastSource('Police on Harwood Road said the lanes would reopen by noon.')).toBe('police');
    expect(lastSource('Smoke rose over Tamsin Street, residents said.')).toBe('residents');
    // Near miss: a person "of" a town is that person.
    expect(lastSource('"We will help," said Mayor Rob Tully of Dunmore.')).toBe('Tully');
    expect(lastSource('Mayor Rob Tully of Dunmore said the town would help.')).toBe('Tully');
    // An office at a named body still speaks for it.
    expect(lastSource('Officials at Linden Creek Elementary said classes were canceled.')).toBe('Linden Creek Elementary');
  });

  it('a title’s company word is not the speaker: the person after the post is', () => {
    expect(lastSource('"We will reopen in June," said Brannock chief executive Lise Hart.')).toBe('Hart');
    expect(lastSource('"No one was hurt," said Ostrava Freight spokeswoman Mina Kol on Tuesday.')).toBe('Kol');
    // Near miss: a company that speaks is still the company.
    expect(lastSource('"We will reopen in June," said Brannock Holdings.')).toBe('Brannock Holdings');
  });

  it('an adjective that opens the sentence credits no one', () => {
    expect(lastSource('Unverified accounts said a second roof collapsed.')).toBeUndefined();
    // "reports" before "said" is a noun, the subject's head, not a speech verb with "Unverified" its speaker.
    expect(lastSource('Unverified reports said a second roof collapsed.')).toBeUndefined();
    expect(lastSource('Preliminary figures said 40 homes were damaged.')).toBeUndefined();
    // Near miss: a surname that opens a sentence still speaks.
    expect(lastSource('Brannock said the plant would reopen.')).toBe('Brannock');
  });
});
