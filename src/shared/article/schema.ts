/**
 * Runtime shapes of the article, used wherever data crosses a trust boundary: API calls,
 * JSON import, rows read back from the store. Messages are written for a person.
 */
import { z } from 'zod';
import { ARTICLE_STATUSES } from './article';
import { bodyDepth, isSerializedBody, MAX_BODY_DEPTH } from './body';

const isoTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be a date and time (ISO 8601)');

// A draft may hold a byline still being typed (an empty name, half an email): autosave must
// never refuse it. isCompleteByline says whether one is fit to publish.
export const bylineSchema = z.object({
  name: z.string().max(200),
  email: z.string().max(320),
});

export function isCompleteByline(byline: { name: string; email: string }): boolean {
  return byline.name.trim() !== '' && (byline.email.trim() === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(byline.email.trim()));
}

/** The longest note an article keeps; the importer reads a longer line as copy, never as a note it cannot store. */
export const MAX_NOTE_CHARS = 5000;

export const noteSchema = z.object({
  kind: z.enum(['update', 'correction']),
  date: isoTime,
  text: z.string().trim().min(1, 'a note needs text').max(MAX_NOTE_CHARS),
  printedDate: z.enum(['label', 'none']).optional(),
  printedClock: z.boolean().optional(),
});

export const bodySchema = z
  .custom<import('./body').SerializedBody>(isSerializedBody, 'is not a Lexical editor state')
  .refine(
    (body) => bodyDepth(body, MAX_BODY_DEPTH) <= MAX_BODY_DEPTH,
    `is too deeply nested (more than ${MAX_BODY_DEPTH} levels of lists or blocks inside each other); no article is built like that`,
  );

export const contentSchema = z.object({
  slug: z.string().max(200),
  headline: z.string().max(1000),
  deck: z.string().max(5000),
  bylines: z.array(bylineSchema).max(50),
  dateline: z.string().max(500),
  section: z.string().max(200),
  tags: z.array(z.string().max(200)).max(200),
  language: z.string().regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'is not a BCP 47 language tag'),
  status: z.enum(ARTICLE_STATUSES),
  firstPublishedAt: isoTime.nullable(),
  updatedAt: isoTime.nullable(),
  notes: z.array(noteSchema).max(500),
  body: bodySchema,
  bodyVersion: z.number().int().min(1),
});

/** Any subset of the content (imports, stored rows). */
export const contentPatchSchema = contentSchema.partial();

/**
 * What an autosave may change: the text and its fields, never the publication record (status,
 * publication times, notes). Those change only through calls that make a version.
 */
export const draftPatchSchema = contentSchema.omit({ status: true, firstPublishedAt: true, updatedAt: true, notes: true }).partial();

/** A zod error as one readable sentence: `bylines.0.email is not an email address`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') + ' ' : ''}${issue.message}`)
    .join('; ');
}
