// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/api/user/interfaces/req/index.ts
export { IUserRepository } from './IUserRepository';

export { IUserRo } from './IUserRo';

export { IUserSeed } from './IUserSeed';
