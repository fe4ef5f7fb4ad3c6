// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/middleware/index.ts
export { auth } from './auth';

export { handleError } from './handleError';

export { validate } from './validate';
