/**
 * What a CLI argument names: `ID` (the working draft), `ID@N` (version N) or a file in any
 * importable format (read, never stored). Files get an id from their bytes, so exporting the
 * same file twice gives the same guid.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { PhotoSource } from '../shared/article/media';
import { photoSourceOfFiles } from '../shared/export/photos';
import { inspectImage } from '../shared/media/inspect';
import { photoSourceOf } from '../main/store/photo-store';
import type { Store } from '../main/store';
import { importBytes } from '../main/import';
import { exportableFromStore } from '../main/services/export-service';
import { importedContent } from '../main/services/import-service';
import type { ExportableArticle } from '../shared/export/types';
import { parseArticleRef } from '../shared/article/version';
import { CliError } from './cli-error';

export interface Source {
  article: ExportableArticle;
  /** Where the article's photos' bytes are: the store, or the images an imported file brought. */
  photos?: PhotoSource;
  /** How to name it in messages and output files. */
  name: string;
}

export function isFileRef(ref: string): boolean {
  return existsSync(ref) && statSync(ref).isFile();
}

export async function readSource(ref: string, store: () => Store): Promise<Source> {
  if (isFileRef(ref)) {
    const bytes = readFileSync(ref);
    const imported = await importBytes(basename(ref), bytes, { baseDir: dirname(ref) });
    const article = importedContent(imported);
    const id = 'f' + createHash('sha256').update(bytes).digest('hex').slice(0, 15);
    // Images the file brought (checked as addPhoto checks them) are what its photos show.
    const photos = photoSourceOfFiles(
      Object.fromEntries(
        (imported.images ?? []).map((image) => [image.hash, { mime: inspectImage(image.bytes).mime, bytes: image.bytes }]),
      ),
    );
    return { article: { id, ...article }, name: basename(ref), photos };
  }
  const parsed = parseArticleRef(ref);
  if (!parsed) throw new CliError(`"${ref}" is neither a file nor an article (ID or ID@N).`, 2);
  const opened = store();
  return { article: exportableFromStore(opened, parsed.id, parsed.version), name: ref, photos: photoSourceOf(opened.db) };
}
