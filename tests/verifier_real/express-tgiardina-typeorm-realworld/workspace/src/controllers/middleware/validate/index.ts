// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/middleware/validate/index.ts
export { validate } from './validate';
