/**
 * Round 26, titles (fix26t): a weight class is a fighter's role put right; a post whose holder died is
 * told in the past; a given name another person shares, and a describing word opening the headline
 * before a surname, never make the note's second reference; a field after a post's "for" and a
 * rank's "of Police" are told in lower case, and a day after a join word is no body's word. Invented
 * copy only.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import type { StoryFrame } from '../../../tests/support/note-stories';
import { heldPostPutRight } from './held-posts';
import { heldNoLonger, toldInTense } from './post-tense';
import { secondReference } from './printed-posts';
import { shortName } from './names';
import { isWeightClass } from './weight-classes';
import { secondReferencePost, secondReferencePostPhrase } from './second-reference-posts';
import { describedSpeakerCredit } from './described-speakers';

const fightStory: StoryFrame = {
  head: 'Local fighters shine at Harwick card',
  before: ['Four Harwick boxers fought on Saturday night’s card at the Tarn Arena before a crowd of 2,000.'],
  after: ['The promoter said the arena would host another card in June.'],
  date: '2026-03-04',
};

const deputyStory: StoryFrame = {
  head: 'Deputy killed in Tarnside shooting',
  before: [],
  after: [
    'A neighbor told reporters she heard two shots near the trailer park.',
    'The suspect, Colm Reddy, 58, was arrested after a four-hour standoff and has been charged with murder.',
  ],
  date: '2026-03-04',
};

/** The note for an edit, which must be a correction. */
function corrected(frame: StoryFrame, was: string, now: string) {
  const n = noteForEdit(frame, was, now);
  expect(n.kind).toBe('correction');
  return n;
}

describe('a weight class is the fighter’s role', () => {
  it('knows the classes and their divisions, and no other word in -weight', () => {
    expect(isWeightClass('bantamweight')).toBe(true);
    expect(isWeightClass('Flyweight')).toBe(true);
    expect(isWeightClass('super-middleweight')).toBe(true);
    expect(isWeightClass('light heavyweight')).toBe(true);
    expect(isWeightClass('junior welterweight,')).toBe(true);
    expect(isWeightClass('paperweight')).toBe(true);
    expect(isWeightClass('counterweight')).toBe(false);
    expect(isWeightClass('weight')).toBe(false);
  });

  it('a class opening its sentence before the name is told as the fighter misidentified', () => {
    const n = corrected(
      fightStory,
      'Flyweight Dario Quist of nearby Millbrook improved to 6-0, stopping Ron Tessel in the third round.',
      'Bantamweight Dario Quist of nearby Millbrook improved to 6-0, stopping Ron Tessel in the third round.',
    );
    expect(n.note).toMatch(/misidentified Dario Quist as a flyweight\. Quist is a bantamweight\.$/);
    expect(n.note).not.toMatch(/a person named in it|Bantamweight/);
  });
});

describe('a post whose holder died is told in the past', () => {
  it('reads the death past the body the name is "of", and a line that opens on the dead', () => {
    expect(
      heldNoLonger(
        'Lieutenant Ann Roe of the Tarn County Sheriff’s Office died Monday after being shot.',
        'Sergeant Ann Roe of the Tarn County Sheriff’s Office died Monday after being shot.',
      ),
    ).toBe(true);
    expect(
      heldNoLonger('Dead is 51-year-old fisherman, Ann Roe, of Millbrook.', 'Dead is 51-year-old farmer, Ann Roe, of Millbrook.'),
    ).toBe(true);
    // (A holder who only spoke holds the post still.)
    expect(
      heldNoLonger(
        'Lieutenant Ann Roe of the Tarn County Sheriff’s Office said Monday the road was closed.',
        'Sergeant Ann Roe of the Tarn County Sheriff’s Office said Monday the road was closed.',
      ),
    ).toBe(false);
  });

  it('tells a role that is no title in the past too', () => {
    const dead = 'Dead is 51-year-old farmer, Ann Roe, of Millbrook.';
    expect(toldInTense('misidentified Ann Roe as a fisherman. Roe is a farmer', dead.replace('farmer', 'fisherman'), dead)).toBe(
      'misidentified Ann Roe as a fisherman. Roe was a farmer',
    );
  });

  it('the note on a rank of an officer who died says "was"', () => {
    const n = corrected(
      deputyStory,
      'TARNSIDE — Lieutenant Ines Varga of the Tarn County Sheriff’s Office died Tuesday after being shot by a suspect at a trailer park.',
      'TARNSIDE — Sergeant Ines Varga of the Tarn County Sheriff’s Office died Tuesday after being shot by a suspect at a trailer park.',
    );
    expect(n.note).toMatch(/Varga was a sergeant, not a lieutenant\.$/);
  });
});

describe('the second reference is the person’s own', () => {
  it('a given name another person shares in a list is no second reference', () => {
    const article =
      'Harwick named its squad on Monday. Forwards: Ada Tembo; Ngozi Ebere; Rita Osei. Midfielders: Kemi Adu; Ngozi Okafor.\n\nOkafor scored twice in the last qualifier.';
    expect(secondReference('Ngozi Okafor', article)).toBe('Okafor');
  });

  it('a describing word opening the headline before the surname is no namesake', () => {
    const article =
      'Embattled Varga aide asks to leave the case\n\nA lawyer for former Tarn County Sheriff Ines Varga asked on Monday to leave the case. Varga faces trial in May.';
    expect(shortName('Ines Varga', article)).toBe('Varga');
    // (A capital mid-sentence before the surname is another person still.)
    expect(shortName('Ines Varga', `${article} His brother Tomas Varga was not charged.`)).toBe('Ines Varga');
  });
});

describe('a post’s capitals as running text reads them', () => {
  it('a field after the post’s "for" is lowered, in both posts alike', () => {
    const was =
      'Six vendors face charges in an inquiry into ticket sales at the pier, Deputy Commissioner for Public Information Dana Whitlock told the Harwick Courier.';
    const now = was.replace('Public Information', 'Counterterrorism');
    const found = heldPostPutRight(was, now, now);
    expect(found?.right).toBe('a deputy commissioner for counterterrorism');
    expect(found?.wrong).toBe('a deputy commissioner for public information');
    // (A field the article prints as a department's name stays as printed, in both posts.)
    const named = heldPostPutRight(
      'Tarn TD and Minister for Business, Enterprise and Innovation, Dana Whitlock said the port would reopen in May.',
      'Tarn TD and Minister for Justice and Equality, Dana Whitlock said the port would reopen in May.',
      'Tarn TD and Minister for Justice and Equality, Dana Whitlock said the port would reopen in May.',
    );
    expect(named?.right).toBe('the minister for Justice and Equality');
    expect(named?.wrong).toBe('the minister for Business, Enterprise and Innovation');
  });

  it('a rank after the name is told in lower case, never with the day after it', () => {
    const was =
      'A statement by the force spokesman, Rui Acosta, an Assistant Commissioner of Police on Sunday in Tarn, said six were held.';
    const now = 'A statement by the force spokesman, Rui Acosta, a Deputy Commissioner of Police on Sunday in Tarn, said six were held.';
    const found = heldPostPutRight(was, now, `${now} The police said more arrests were likely.`);
    expect(found?.right).toBe('a deputy commissioner of police');
    expect(found?.wrong).toBe('an assistant commissioner');
  });
});

describe('a position put right on second reference', () => {
  const clubStory: StoryFrame = {
    head: 'Hawks keep their top earners',
    before: ['The Tarn Hawks announced their foreign signings for next season on Monday.'],
    after: ['The club also signed two pitchers from the minor leagues.'],
    date: '2026-03-04',
  };

  it('reads the holder from the one person the sentence before names', () => {
    const found = secondReferencePost(
      'The champions have re-signed the third baseman for one more season.',
      'The champions have re-signed the first baseman for one more season.',
      'Another top earner is Austin Dean for the Tarn Hawks.',
      'Another top earner is Austin Dean for the Tarn Hawks. The champions have re-signed the first baseman for one more season.',
    );
    expect(found).toEqual({ name: 'Austin Dean', right: 'first baseman', wrong: 'third baseman', former: false });
    expect(secondReferencePostPhrase(found!, 'Dean')).toBe(
      "misstated Austin Dean's position. Dean is a first baseman, not a third baseman",
    );
  });

  it('a surname alone before is the person the article names in full; "former" is told "was"', () => {
    const article =
      'Former Tarn Hawk Ivo Brandt faces a new charge.\n\nBrandt, who is 29, is charged with assault.\n\nThe former defensive back pleaded guilty last month in another case.';
    const found = secondReferencePost(
      'The former linebacker pleaded guilty last month in another case.',
      'The former defensive back pleaded guilty last month in another case.',
      'Brandt, who is 29, is charged with assault.',
      article,
    );
    expect(found).toEqual({ name: 'Ivo Brandt', right: 'defensive back', wrong: 'linebacker', former: true });
    expect(secondReferencePostPhrase(found!, 'Brandt')).toBe(
      "misstated Ivo Brandt's position. Brandt was a defensive back, not a linebacker",
    );
  });

  it('no holder when the sentence before names two people, or none, or the line names one', () => {
    const [was, now] = [
      'The club re-signed the third baseman for one more season.',
      'The club re-signed the first baseman for one more season.',
    ];
    expect(secondReferencePost(was, now, 'Austin Dean and Rafael Ortiz were the top earners.', now)).toBeNull();
    expect(secondReferencePost(was, now, 'The club spent more than ever.', now)).toBeNull();
    expect(
      secondReferencePost(
        'Coach Mara Delgado re-signed the third baseman.',
        'Coach Mara Delgado re-signed the first baseman.',
        'Another top earner is Austin Dean.',
        now,
      ),
    ).toBeNull();
    // (A post that is no player's, "the third secretary", is left to the title readers.)
    expect(
      secondReferencePost(
        'The embassy recalled the third secretary.',
        'The embassy recalled the first secretary.',
        'Another diplomat is Austin Dean.',
        now,
      ),
    ).toBeNull();
  });

  it('the note names the player and the position, never a rank', () => {
    const n = corrected(
      clubStory,
      'Another top earner is Austin Dean for the Hawks. The club has re-signed the third baseman for one more season.',
      'Another top earner is Austin Dean for the Hawks. The club has re-signed the first baseman for one more season.',
    );
    expect(n.note).toMatch(/misstated Austin Dean's position\. Dean is a first baseman, not a third baseman\.$/);
  });
});

describe('one speaker, with another post, is no quotation misattributed', () => {
  it('a described speaker ending on the same name is the same speaker', () => {
    expect(
      describedSpeakerCredit(
        '“The ash may fall for days,” said the agency’s chief seismologist Hermes Ruiz.',
        '“The ash may fall for days,” said the agency’s science research specialist Hermes Ruiz.',
      ),
    ).toBeNull();
    expect(
      describedSpeakerCredit(
        '“The ash may fall for days,” said the agency’s chief seismologist.',
        '“The ash may fall for days,” said one of the divers.',
      ),
    ).not.toBeNull();
  });
});
