/**
 * A place told inside a phrase that is about something else is where that thing is — never a
 * person's name and never "a name": "the Fairview, Oregon-based retailer" and "a 40-person Lakeport
 * company" say where the firm is based; "Harwick College, in nearby Elmdale," says where the
 * college is; "in early Oslo trading" says which market the shares moved in. Read from structure:
 * a "-based"/"-headquartered" compound, a place set between a firm's size and its noun, a place set
 * off by commas after the name it locates, and a place before "trading".
 */
export interface ModifierPlace {
  what: string;
  past: boolean;
  right?: string;
}

const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Nouns a firm or a body is called by. */
const FIRM =
  /^(?:company|companies|firm|firms|startup|start-up|business|group|retailer|chain|maker|manufacturer|bank|lender|insurer|publisher|agency|studio|brewery|restaurant|nonprofit|charity|organization|organisation|outfit|developer|supplier|carrier|airline|operator|producer|brand|label|team|club|university|college|school|hospital|church|lab|laboratory|fund|investor|platform|network|newspaper|paper|station)$/;
/** A closed compound whose head is one of those nouns: "carmaker", "drugmakers", "steelworks" is not. */
const FIRM_HEAD = new RegExp(`^\\p{Ll}{3,}(?:${FIRM.source.slice(4, -2)})$`, 'u');
/** "based" and its kin, as the compound's second half gives it. */
const BASED = /^(based|headquartered|born|bred|grown|run|owned)$/;

/** "the Fairview, Oregon-based retailer", "Denver-based Orchard Lane Group": where the firm is. */
export function baseInCompound(sentence: string, place: string): ModifierPlace | null {
  const m = new RegExp(
    `(?<![\\p{L}])${esc(place)}(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?)?-(\\p{Ll}+)\\s+((?:\\p{Lu}[\\p{L}&.'’-]*\\s+){0,5}\\p{Lu}[\\p{L}&.'’-]*|(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)`,
    'u',
  ).exec(sentence);
  if (!m || !BASED.test(m[1]!)) return null;
  const verb = m[1] === 'based' || m[1] === 'headquartered' ? m[1] : 'based';
  const words = m[2]!.split(/\s+/);
  // A firm's own name after the compound, or a noun for it ("retailer", "software company").
  // (The right fact keeps the place's "in": "It is in Columbus", never "It is Columbus", which makes the firm the town.)
  if (/^\p{Lu}/u.test(words[0]!)) return { what: `where ${m[2]} is ${verb}`, past: false, right: `in ${place}` };
  // ("the Brno-based carmaker": a compound whose head is a firm's noun, "car" + "maker", is a firm's.)
  const noun = words.findIndex((w) => FIRM.test(w) || FIRM_HEAD.test(w));
  if (noun < 0) return null;
  return { what: `where the ${words.slice(0, noun + 1).join(' ')} is ${verb}`, past: false, right: `in ${place}` };
}

/** "Kestrel, a 40-person Lakeport company that …": a place between a firm's article and its noun. */
export function baseBeforeFirm(sentence: string, place: string): ModifierPlace | null {
  const m = new RegExp(
    `(?:((?:\\p{Lu}[\\p{L}&.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}&.'’-]*),\\s+)?\\b(?:a|an|the)\\s+(?:[\\d,.]+-(?:person|employee|member|worker|staff|year-old)\\s+|[\\p{Ll}-]+\\s+){0,2}${esc(place)}\\s+([\\p{Ll}-]+)\\b`,
    'u',
  ).exec(sentence);
  if (!m || !FIRM.test(m[2]!)) return null;
  // The firm's name when the phrase stands beside it ("Kestrel, a … company"), else its noun.
  const owner = m[1] && !/^(?:The|A|An|In|At|On|But|And|When|While)$/.test(m[1]) ? m[1] : `the ${m[2]}`;
  return { what: `where ${owner} is based`, past: false, right: `in ${place}` };
}

/** "Harwick College, in nearby Elmdale, said …": a place set off after the name it locates. */
export function placeOfNamed(sentence: string, place: string): ModifierPlace | null {
  const m = new RegExp(
    `((?:\\p{Lu}[\\p{L}&.'’-]*\\s+){0,4}\\p{Lu}[\\p{L}&.'’-]*),\\s+(in|near|outside)\\s+((?:nearby|neighboring|neighbouring|suburban|downtown|rural)\\s+)?${esc(place)}(?:,\\s+\\p{Lu}[\\p{L}.]*)?\\s*,`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  while (words.length > 1 && /^(?:The|A|An|In|At|On|But|And|When|While|Officials|Police)$/.test(words[0]!)) words.shift();
  if (words.length < 2) return null;
  return { what: `the location of ${words.join(' ')}`, past: false, right: `in ${place}` };
}

/** "shares fell 4 percent in early Oslo trading": the market the price moved in. */
export function marketOfTrading(sentence: string, place: string): ModifierPlace | null {
  const m = new RegExp(
    `\\b(?:in|during)\\s+(?:(?:early|late|morning|afternoon|midday|evening|overnight|after-hours|premarket)\\s+)?${esc(place)}\\s+(?:trading|trade|dealings)\\b`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  // The last move of a price before the place, and who moved: "Its shares fell", "Harlow Mills Plc, which …, slid".
  const before = sentence.slice(0, m.index);
  const move = [
    ...before.matchAll(/\b(rose|fell|climbed|dropped|slid|jumped|tumbled|gained|lost|sank|surged|slumped|plunged|rallied|soared)\b/g),
  ].at(-1);
  if (!move) return null;
  const lead = before
    .slice(0, move.index)
    .replace(/,\s+(?:which|who|that)\b[^,]*,\s*$/, '')
    .trimEnd();
  const mover =
    /((?:[Ii]ts|[Tt]heir|[Tt]he)\s+(?:\p{Ll}+\s+)?(?:shares|stock|stocks|bonds)|(?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}\p{Lu}[\p{L}.'’&-]*(?:\s+(?:shares|stock))?)$/u.exec(
      lead,
    )?.[1];
  if (!mover || /^(?:In|At|On|But|And|The|It|They)$/.test(mover)) return { what: `the market where the shares ${move[1]}`, past: true };
  return { what: `the market where ${mover.replace(/^(?:The|Its|Their)\b/, (w) => w.toLowerCase())} ${move[1]}`, past: true };
}

/** A place read whole with its owner or its compound: "Ada Marsh's Denver-based …" → "Denver". */
export const barePlace = (value: string) => value.replace(/^.*['’]s\s+(?=\p{Lu})/u, '').replace(/-(?:based|headquartered)\b.*$/, '');

/** The first modifier reading that fits `place` in `sentence`, most certain first. */
export function placeInModifier(sentence: string, value: string): ModifierPlace | null {
  // ("Ada Marsh's Denver-based Orchard Lane Group" read whole as a name: the place is what stands
  // after the owner and before the compound's hyphen.)
  const place = barePlace(value);
  const read =
    baseInCompound(sentence, place) ?? baseBeforeFirm(sentence, place) ?? placeOfNamed(sentence, place) ?? marketOfTrading(sentence, place);
  return read && place !== value ? { ...read, right: read.right ?? place } : read;
}
