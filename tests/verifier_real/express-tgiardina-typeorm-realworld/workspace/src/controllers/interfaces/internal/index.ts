// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/interfaces/internal/index.ts
export { IDecodedToken } from './IDecodedToken';
