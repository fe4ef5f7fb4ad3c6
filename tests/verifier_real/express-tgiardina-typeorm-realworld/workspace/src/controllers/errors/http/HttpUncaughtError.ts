// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/errors/http/HttpUncaughtError.ts
import { HttpError } from './';

export class HttpUncaughtError extends HttpError {
  constructor() {
    super(500);
  }
}
