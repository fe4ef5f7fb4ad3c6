// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/interfaces/index.ts
export { IDecodedToken } from './internal';
