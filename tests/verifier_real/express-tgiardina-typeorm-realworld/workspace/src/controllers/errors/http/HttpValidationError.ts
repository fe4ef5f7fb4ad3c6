// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/errors/http/HttpValidationError.ts
import { HttpError } from './';

export class HttpValidationError extends HttpError {
  constructor() {
    super(422);
  }
}
