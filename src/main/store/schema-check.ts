/**
 * Is this SQLite file a Copydesk store? Every table (with its columns and constraints), index,
 * trigger and virtual table Copydesk's own migrations make at the file's user_version must be
 * there, as they make it, and no trigger or view they do not make. The expected schema is not a
 * list kept by hand: it is read from an in-memory database migrated to that version, so it stays
 * true as migrations are added.
 */
import Database from 'better-sqlite3';
import { migrate, userVersion } from './migrate';
import { SCHEMA_VERSION } from './migrations';

interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

/** What sqlite_master lists that Copydesk made (SQLite's own sqlite_* objects aside). */
function schemaObjects(db: Database.Database): SchemaObject[] {
  return db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .all() as SchemaObject[];
}

const expected = new Map<number, SchemaObject[]>();

/** The schema Copydesk's migrations make at a version (cached: migrations never change). */
export function expectedSchema(version: number, nativeBinding?: string): SchemaObject[] {
  let objects = expected.get(version);
  if (!objects) {
    const db = new Database(':memory:', { nativeBinding });
    try {
      migrate(db, version);
      objects = schemaObjects(db);
    } finally {
      db.close();
    }
    expected.set(version, objects);
  }
  return objects;
}

/** One statement's text with runs of white space made one space, so layout never counts. */
const normalized = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

/**
 * FTS5 and other virtual tables make their own storage tables (articles_fts_data, …) whose
 * exact statements belong to the SQLite build that made them: only their presence is compared.
 */
function isShadowOf(virtualTables: string[], name: string): boolean {
  return virtualTables.some((table) => name.startsWith(`${table}_`));
}

/**
 * Why the open database is not a Copydesk store this Copydesk can open, in plain words; empty
 * when it is one. An empty file (user_version 0, no tables) counts as a new store when
 * allowEmpty is set.
 */
export function schemaProblems(db: Database.Database, options: { allowEmpty?: boolean; nativeBinding?: string } = {}): string[] {
  const version = userVersion(db);
  const actual = schemaObjects(db);
  if (version > SCHEMA_VERSION) return [`it was written by a newer Copydesk (schema ${version}; this one knows ${SCHEMA_VERSION})`];
  if (version === 0) {
    if (actual.length === 0) return options.allowEmpty ? [] : ['it is an empty database, not a Copydesk store'];
    return [
      `it is not a Copydesk store (it holds ${describe(actual.slice(0, 3))}${actual.length > 3 ? ', …' : ''} but no Copydesk schema version)`,
    ];
  }
  const wanted = expectedSchema(version, options.nativeBinding);
  const virtualTables = wanted.filter((o) => /^CREATE VIRTUAL TABLE/i.test(o.sql ?? '')).map((o) => o.name);
  const byName = new Map(actual.map((o) => [o.name, o]));
  const missing: SchemaObject[] = [];
  const different: SchemaObject[] = [];
  const missingVirtual = virtualTables.filter((table) => !byName.has(table));
  for (const object of wanted) {
    const found = byName.get(object.name);
    // A missing virtual table is named once, not with each of its storage tables.
    if (!found && isShadowOf(missingVirtual, object.name)) continue;
    if (!found || found.type !== object.type) missing.push(object);
    else if (!isShadowOf(virtualTables, object.name) && normalized(found.sql) !== normalized(object.sql)) different.push(object);
  }
  // Extra tables and indexes are inert to Copydesk; an extra trigger or view is not (a trigger
  // could rewrite or drop what Copydesk writes), so only those count against the file.
  const wantedNames = new Set(wanted.map((o) => o.name));
  const extra = actual.filter((o) => !wantedNames.has(o.name) && (o.type === 'trigger' || o.type === 'view'));
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`it lacks ${describe(missing)}`);
  if (different.length > 0)
    problems.push(
      `${describe(different)} ${different.length === 1 ? 'is' : 'are'} not as Copydesk makes ${different.length === 1 ? 'it' : 'them'}`,
    );
  if (extra.length > 0) problems.push(`it holds ${describe(extra)} that Copydesk never makes`);
  if (problems.length > 0) problems[0] = `it is not a Copydesk store of schema ${version}: ${problems[0]}`;
  return problems;
}

function describe(objects: SchemaObject[]): string {
  const shown = objects.slice(0, 4).map((o) => `the ${o.type} ${o.name}`);
  if (objects.length > 4) shown.push(`${objects.length - 4} more`);
  return shown.join(', ');
}
