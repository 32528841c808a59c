/**
 * Invented stories for the note writer's tests: one headline and its paragraphs, and the note proposed
 * when one paragraph is put right with the same paragraphs around both versions. One home for the
 * frame every review test used to build for itself.
 */
import type { ArticleContent } from '../../src/shared/article/article';
import { articleFromText } from '../../src/shared/notes/eval';
import { proposeNote } from '../../src/shared/notes/propose';

/** An invented article from its lines: the headline first, then its paragraphs. */
export const storyOfLines = (lines: string[]): ArticleContent => articleFromText(lines.join('\n\n'));

/** An invented article: the headline, then its paragraphs. */
export const inventedStory = (head: string, paragraphs: string[]): ArticleContent => storyOfLines([head, ...paragraphs]);

/** The paragraphs around the edited one, and the day the note is written. */
export interface StoryFrame {
  head: string;
  before?: string[];
  after?: string[];
  date: string;
}

/** The note proposed when one paragraph of an invented story reads `older` and then `newer`. */
export function noteForEdit(frame: StoryFrame, older: string, newer: string) {
  const story = (paragraph: string) => inventedStory(frame.head, [...(frame.before ?? []), paragraph, ...(frame.after ?? [])]);
  return proposeNote(story(older), story(newer), { date: frame.date });
}

/** An invented harbor-board story, the frame the post readers' tests edit one paragraph of. */
export const harborBoardStory: StoryFrame = {
  head: 'Harbor board weighs new ferry contract',
  before: ['The Tarn Harbor board met on Tuesday to weigh a new ferry contract for the island routes.'],
  after: ['The board will vote on the contract next month, members said.'],
  date: '2026-03-04',
};
