// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/errors/http/HttpUnauthorizedError.ts
import { HttpError } from './';

export class HttpUnauthorizedError extends HttpError {
  constructor() {
    super(401);
  }
}
