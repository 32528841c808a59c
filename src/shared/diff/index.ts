/**
 * The redline engine: compare two versions of an article, replay a diff, and render it for the
 * app (HTML), a terminal (text) or a sentence. Pure: runs in the renderer, main, CLI and tests.
 */
export { compareArticles, diffBlocks } from './compare';
export { applyDiff, DiffMismatchError } from './apply';
export { redlineHtml, escapeHtml, type RedlineHtmlOptions } from './render-html';
export { redlineText } from './render-text';
export { summarizeDiff } from './summary';
export { REDLINE_CSS } from './redline-css';
export { DEFAULT_BLOCK_BUDGET, DEFAULT_DOC_BUDGET } from './budget';
export { formatNames } from './styles';
export { MEDIA_FIELD_LABELS } from './media';
export type {
  ArticleDiff,
  BlockChange,
  BlockChangeKind,
  BlockShape,
  DiffOptions,
  DiffStats,
  FieldChange,
  FieldName,
  FormatChange,
  InlineOp,
  MediaChange,
  MediaFieldChange,
  MediaFieldName,
  OpKind,
  TextStyle,
} from './types';
