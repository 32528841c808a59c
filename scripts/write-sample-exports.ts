/**
 * Writes the fixture article in the wire formats (and, with --all, every textual format) to a
 * folder, for scripts/validate-sample-exports.sh to check against the IPTC schemas.
 *   node --import tsx scripts/write-sample-exports.ts OUT_DIR [--all]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportArticle, TEXT_EXPORT_FORMATS, type TextExportFormat } from '../src/shared/export/index';
import { fixtureArticle, fixtureWithNotes } from '../src/shared/export/fixtures/article';
import { photoArticle, samplePhotoSource } from '../src/shared/export/fixtures/photos';

const [outDir, flag] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: write-sample-exports.ts OUT_DIR [--all]');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const options = { provider: 'Copydesk' };
const formats: TextExportFormat[] = flag === '--all' ? [...TEXT_EXPORT_FORMATS] : ['newsml', 'nitf', 'ninjs'];
const written: string[] = [];
for (const format of formats) {
  const file = join(
    outDir,
    `article.${format}${format === 'ninjs' || format === 'json' ? '.json' : format === 'newsml' || format === 'nitf' ? '.xml' : ''}`,
  );
  writeFileSync(file, exportArticle(fixtureArticle, format, options));
  written.push(file);
}
// The same article with only its update note, so both NewsML-G2 signals are checked.
const update = fixtureWithNotes([fixtureArticle.notes[0]!]);
for (const format of ['newsml', 'nitf', 'ninjs'] as const) {
  if (!formats.includes(format)) continue;
  const file = join(outDir, `article-update.${format}${format === 'ninjs' ? '.json' : '.xml'}`);
  writeFileSync(file, exportArticle(update, format, options));
  written.push(file);
}
// The article with two photos and an embed: a NewsML-G2 package with picture items, NITF media,
// ninjs associations.
for (const format of ['newsml', 'nitf', 'ninjs'] as const) {
  if (!formats.includes(format)) continue;
  const file = join(outDir, `article-photos.${format}${format === 'ninjs' ? '.json' : '.xml'}`);
  writeFileSync(file, exportArticle(photoArticle(), format, { ...options, photos: samplePhotoSource }));
  written.push(file);
}
console.log(written.join('\n'));
