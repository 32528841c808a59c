import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { saveFailure } from './save-failure';

describe('what a failed autosave does next', () => {
  it.each([
    [new ApiError('invalid-argument', 'saveDraft: patch.body is too deeply nested'), { retry: false, conflict: false }],
    [new ApiError('conflict', 'changed elsewhere'), { retry: false, conflict: true }],
    [new ApiError('not-found', 'no article'), { retry: false, conflict: false }],
    [new ApiError('storage', 'disk full'), { retry: true, conflict: false }],
    [new ApiError('internal', 'bug'), { retry: true, conflict: false }],
    [new TypeError('Failed to fetch'), { retry: true, conflict: false }],
    [{ code: 'invalid-argument', message: 'from the desktop bridge' }, { retry: false, conflict: false }],
  ])('%s', (error, next) => {
    expect(saveFailure(error)).toEqual(next);
  });
});
