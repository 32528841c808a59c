/** The reader-facing update/correction note generator (conventions: docs/update-notes.md). */
export { proposeNote, grounded, type ProposeOptions } from './propose';
export { formatNoteLabel, DEFAULT_HOUSE_STYLE, resolveStyle, joinList, type HouseStyle, type HouseStyleOverrides, type NoteTemplates, type NoteDateStyle } from './style';
export type { NoteChange, ProposedNote, ChangeType } from './types';
export { articleFromText, rougeL, inventedNames } from './eval';
