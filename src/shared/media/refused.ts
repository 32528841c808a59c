/**
 * Why an image was not taken, in words a reporter can act on ("The file is cut short …").
 * Thrown by every check in this folder. It is an invalid-argument ApiError, so the API, the CLI
 * and an import all show the same sentence without translating it.
 */
import { ApiError } from '../api/errors';

export class ImageRefused extends ApiError {
  constructor(reason: string) {
    super('invalid-argument', reason);
    this.name = 'ImageRefused';
  }
}
