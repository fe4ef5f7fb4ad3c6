// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/errors/http/index.ts
export { HttpError } from './HttpError';

export { HttpDuplicateError } from './HttpDuplicateError';

export { HttpUnauthorizedError } from './HttpUnauthorizedError';

export { HttpUncaughtError } from './HttpUncaughtError';

export { HttpValidationError } from './HttpValidationError';
