// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/middleware/auth/index.ts
export { auth } from './auth';
