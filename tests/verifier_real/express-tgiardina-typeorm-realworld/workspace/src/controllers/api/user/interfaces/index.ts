// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/api/user/interfaces/index.ts
export { IUserRepository, IUserRo, IUserSeed } from './req';

export { IUserPostBody, IUserResponseBody } from './spec';
