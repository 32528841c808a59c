/**
 * What travels between a laptop and the newsroom hub. The hub validates every request with these
 * schemas (nothing a laptop sends is trusted); the laptop validates every answer the same way.
 * The sync endpoints (push, pull, wait) are the only ones a sync server would have to replace.
 */
import { z } from 'zod';
import { contentSchema } from '../article/schema';
import { VERSION_KINDS } from '../article/version';
import { ARTICLE_STATUSES } from '../article/article';
import { ROLES, USER_NAME } from './roles';
import { PHOTO_LIMITS, PHOTO_TYPES, photoHashSchema } from '../article/media';

export const HUB_API_VERSION = 1;

const articleId = z.string().regex(/^[a-z0-9]{4,40}$/, 'is not an article id');
const isoTime = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a time');
const userName = z.string().regex(USER_NAME, 'is not a user name');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256');

export const deskUserSchema = z.object({ name: userName, role: z.enum(ROLES) });

export const lockSchema = z.object({
  holder: userName,
  since: isoTime,
  expiresAt: isoTime,
});
export type LockInfo = z.infer<typeof lockSchema>;

/** An article as the hub holds it: its working draft and who is on it. */
export const articleStateSchema = z.object({
  id: articleId,
  /** Counts the drafts the hub accepted; a push names the one it started from. */
  revision: z.number().int().min(1),
  content: contentSchema,
  createdAt: isoTime,
  editedAt: isoTime,
  createdBy: userName,
  assignedTo: userName.nullable(),
  trashedAt: isoTime.nullable(),
  lock: lockSchema.nullable(),
});
export type ArticleState = z.infer<typeof articleStateSchema>;

/** A version as it travels: immutable, named by the hash of what it records (see version-uid). */
export const versionRecordSchema = z.object({
  uid: sha256,
  articleId,
  createdAt: isoTime,
  author: z.object({ name: z.string().max(200), email: z.string().max(320) }),
  kind: z.enum(VERSION_KINDS),
  label: z.string().max(200).nullable(),
  wordCount: z.number().int().min(0),
  wordsAdded: z.number().int().min(0),
  wordsRemoved: z.number().int().min(0),
  status: z.enum(ARTICLE_STATUSES),
  content: contentSchema,
});
export type VersionRecord = z.infer<typeof versionRecordSchema>;

export const signInRequest = z.object({
  user: userName,
  code: z.string().min(4).max(100),
  /** Names the laptop in the hub's session list ("Kim's laptop"). */
  device: z.string().max(200).optional(),
});
export const signInResponse = z.object({
  session: z.string().max(300),
  user: deskUserSchema,
  hubId: z.string().max(100),
  expiresAt: isoTime,
});

export const pushRequest = z.object({
  drafts: z.array(z.object({ articleId, baseRevision: z.number().int().min(0), content: contentSchema, createdAt: isoTime })).max(500),
  versions: z.array(versionRecordSchema).max(500),
  trash: z.array(z.object({ articleId, trashed: z.boolean() })).max(500),
});
export type PushRequest = z.infer<typeof pushRequest>;

/** Who is on a story: what an accepted draft's answer carries instead of the whole story. */
export const storyMetaSchema = articleStateSchema.pick({ createdBy: true, assignedTo: true, trashedAt: true, lock: true });
export type StoryMeta = z.infer<typeof storyMetaSchema>;

export const draftOutcomeSchema = z.object({
  articleId,
  outcome: z.enum(['accepted', 'conflict', 'refused']),
  /** Why a draft was not taken, in plain words (a conflict or a refusal). */
  reason: z.string().nullable(),
  /** The hub's revision of the story after the push. */
  revision: z.number().int().min(1),
  meta: storyMetaSchema,
  /** The story as the hub holds it, sent only when the draft was not taken: the laptop adopts it. */
  current: articleStateSchema.nullable(),
});
export const pushResponse = z.object({
  drafts: z.array(draftOutcomeSchema),
  versions: z.array(z.object({ uid: sha256, outcome: z.enum(['stored', 'refused']), reason: z.string().nullable() })),
  trash: z.array(z.object({ articleId, outcome: z.enum(['done', 'refused']), reason: z.string().nullable() })),
});
export type PushResponse = z.infer<typeof pushResponse>;

export const pullRequest = z.object({ after: z.number().int().min(0), limit: z.number().int().min(1).max(2000).optional() });
export const pullResponse = z.object({
  articles: z.array(articleStateSchema),
  versions: z.array(versionRecordSchema),
  /** The change-feed position this page reaches; ask for what comes after it next. */
  cursor: z.number().int().min(0),
  more: z.boolean(),
  users: z.array(deskUserSchema),
});
export type PullResponse = z.infer<typeof pullResponse>;

export const waitRequest = z.object({ after: z.number().int().min(0), timeoutMs: z.number().int().min(0).max(60_000).optional() });
export const waitResponse = z.object({ latest: z.number().int().min(0) });

export const lockRequest = z.object({ articleId });
export const lockResponse = z.object({ held: z.boolean(), lock: lockSchema.nullable() });
export type LockResponse = z.infer<typeof lockResponse>;

export const assignRequest = z.object({ articleId, user: userName.nullable() });
export const assignResponse = z.object({ assignedTo: userName.nullable() });

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: isoTime,
  actor: z.string(),
  action: z.string(),
  articleId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  hash: sha256,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditRequest = z.object({ limit: z.number().int().min(1).max(1000).optional(), before: z.number().int().optional() });
export const auditResponse = z.object({ entries: z.array(auditEntrySchema), intact: z.boolean() });

/** The desk's people, for the chief (Settings › Newsroom). */
export const personSchema = z.object({
  name: userName,
  role: z.enum(ROLES),
  createdAt: isoTime,
  disabledAt: isoTime.nullable(),
  codePending: z.boolean(),
});
export type Person = z.infer<typeof personSchema>;
export const peopleRequest = z.object({});
export const peopleResponse = z.object({ people: z.array(personSchema) });
export const addPersonRequest = z.object({ name: userName, role: z.enum(ROLES) });
/** A new person, or a new code for one: the code is shown once and stored only as a hash. */
export const codeResponse = z.object({ user: userName, role: z.enum(ROLES), code: z.string() });
export const personRequest = z.object({ name: userName });
export const roleRequest = z.object({ name: userName, role: z.enum(ROLES) });

/**
 * Photos travel apart from the text, once each, by the SHA-256 of their bytes: a laptop asks which
 * of the photos its outgoing drafts and versions name the hub lacks, sends those before the text,
 * and after a pull fetches the ones it lacks itself. The hub recomputes every hash it is sent.
 */
export const PHOTOS_PER_QUESTION = 1000;
/** Base64 of the largest photo a store takes (4 characters per 3 bytes). */
const MAX_PHOTO_BASE64 = Math.ceil(PHOTO_LIMITS.maxBytes / 3) * 4;
// Only the length here: whoever decodes checks the text is exact base64 by encoding the bytes
// again (a pattern over 33 MB of text costs several times as long), and the hash checks the bytes.
const photoBase64 = z.string().max(MAX_PHOTO_BASE64, `is over ${PHOTO_LIMITS.maxBytes / 1048576} MB, the most a photo may be`);
export const photosMissingRequest = z.object({ hashes: z.array(photoHashSchema).max(PHOTOS_PER_QUESTION) });
export const photosMissingResponse = z.object({ missing: z.array(photoHashSchema) });
/**
 * One photo's bytes, sent for a story the sender may change (the hub checks that story's rights),
 * or for an offline copy of it: a kept offline copy may always land, so the photos it shows may too.
 */
export const photoPutRequest = z.object({ articleId, hash: photoHashSchema, base64: photoBase64, offlineCopy: z.boolean().optional() });
/** `stored` is false when the hub already had the photo (another laptop sent it first). */
export const photoPutResponse = z.object({ hash: photoHashSchema, stored: z.boolean() });
export const photoGetRequest = z.object({ hash: photoHashSchema });
export const photoGetResponse = z.object({ hash: photoHashSchema, mime: z.enum(PHOTO_TYPES), base64: photoBase64 });

/** The hub's endpoints: path → request and response schemas. */
export const HUB_ENDPOINTS = {
  'sign-in': { request: signInRequest, response: signInResponse },
  push: { request: pushRequest, response: pushResponse },
  pull: { request: pullRequest, response: pullResponse },
  wait: { request: waitRequest, response: waitResponse },
  'lock/acquire': { request: lockRequest, response: lockResponse },
  'lock/release': { request: lockRequest, response: lockResponse },
  'lock/take-over': { request: lockRequest, response: lockResponse },
  assign: { request: assignRequest, response: assignResponse },
  audit: { request: auditRequest, response: auditResponse },
  'people/list': { request: peopleRequest, response: peopleResponse },
  'people/add': { request: addPersonRequest, response: codeResponse },
  'people/code': { request: personRequest, response: codeResponse },
  'people/role': { request: roleRequest, response: peopleResponse },
  'people/disable': { request: personRequest, response: peopleResponse },
  'photos/missing': { request: photosMissingRequest, response: photosMissingResponse },
  'photos/put': { request: photoPutRequest, response: photoPutResponse },
  'photos/get': { request: photoGetRequest, response: photoGetResponse },
} as const;
export type HubEndpoint = keyof typeof HUB_ENDPOINTS;
export type HubRequest<E extends HubEndpoint> = z.input<(typeof HUB_ENDPOINTS)[E]['request']>;
export type HubResponse<E extends HubEndpoint> = z.output<(typeof HUB_ENDPOINTS)[E]['response']>;
