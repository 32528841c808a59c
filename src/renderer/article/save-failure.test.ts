import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { saveFailure } from './save-failure';

describe('what a failed autosave does next', () => {
  it.each([
    [new ApiError('invalid-argument', 'saveDraft: patch.body is too deeply nested'), { retry: false, conflict: false, refused: false }],
    [new ApiError('conflict', 'changed elsewhere'), { retry: false, conflict: true, refused: false }],
    [
      new ApiError('forbidden', 'Reporters edit their own stories and those assigned to them'),
      { retry: false, conflict: false, refused: true },
    ],
    [new ApiError('not-found', 'no article'), { retry: false, conflict: false, refused: false }],
    [new ApiError('storage', 'disk full'), { retry: true, conflict: false, refused: false }],
    [new ApiError('internal', 'bug'), { retry: true, conflict: false, refused: false }],
    [new TypeError('Failed to fetch'), { retry: true, conflict: false, refused: false }],
    [
      { code: 'invalid-argument', message: 'from the desktop bridge' },
      { retry: false, conflict: false, refused: false },
    ],
  ])('%s', (error, next) => {
    expect(saveFailure(error)).toEqual(next);
  });
});
