/**
 * Words, photos and embeds changed between two versions, for the history list. The numbers are
 * the redline's own (`diffBlocks` stats: blocks aligned by id, then words diffed inside each
 * edited pair; photos paired by id, then by image hash), so History, the compare view and the
 * publish dialog never disagree about one edit.
 */
import type { Block } from '../article/blocks';
import type { MediaCounts } from '../article/version';
import { diffBlocks } from '../diff/compare';
import { isMedia } from '../diff/media';
import type { DiffStats } from '../diff/types';

export interface VersionChanges {
  added: number;
  removed: number;
  media: MediaCounts;
}

export function wordChanges(older: Block[], newer: Block[], language = 'en'): VersionChanges {
  const { stats } = diffBlocks(older, newer, language);
  return { added: stats.wordsAdded, removed: stats.wordsRemoved, media: mediaCountsOf(stats) };
}

/**
 * Photo and embed counts alone, for a version whose word counts come from elsewhere (a version
 * pulled from the newsroom desk carries the desk's word counts; the desk does not count photos).
 * Photos are paired by id, then by image hash, whatever the text around them does, so the
 * redline over the media blocks alone counts them as the whole redline would, for a fraction
 * of the work.
 */
export function mediaChanges(older: Block[], newer: Block[], language = 'en'): MediaCounts {
  return mediaCountsOf(diffBlocks(older.filter(isMedia), newer.filter(isMedia), language).stats);
}

/** The photo and embed counts History keeps, picked from the redline's stats. */
export function mediaCountsOf(stats: DiffStats): MediaCounts {
  return {
    photosAdded: stats.photosAdded,
    photosRemoved: stats.photosRemoved,
    photosReplaced: stats.photosReplaced,
    photoFieldsChanged: stats.photoFieldsChanged,
    embedsAdded: stats.embedsAdded,
    embedsRemoved: stats.embedsRemoved,
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Short words for a version's line in History, beside "+12 −3":
 * ["+1 photo", "1 photo replaced", "2 photo fields changed", "−1 embed"]. Empty when none changed.
 */
export function mediaChangeWords(media: MediaCounts): string[] {
  const words: string[] = [];
  if (media.photosAdded) words.push(`+${count(media.photosAdded, 'photo', 'photos')}`);
  if (media.photosRemoved) words.push(`−${count(media.photosRemoved, 'photo', 'photos')}`);
  if (media.photosReplaced) words.push(`${count(media.photosReplaced, 'photo', 'photos')} replaced`);
  // Worded as the redline's summary words it ("2 photo fields changed"): caption, credit, alt text.
  if (media.photoFieldsChanged) words.push(`${count(media.photoFieldsChanged, 'photo field', 'photo fields')} changed`);
  if (media.embedsAdded) words.push(`+${count(media.embedsAdded, 'embed', 'embeds')}`);
  if (media.embedsRemoved) words.push(`−${count(media.embedsRemoved, 'embed', 'embeds')}`);
  return words;
}
