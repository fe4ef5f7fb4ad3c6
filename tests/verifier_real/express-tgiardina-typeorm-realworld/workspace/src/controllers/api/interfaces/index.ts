// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/api/interfaces/index.ts
export { IProfile } from './spec';
