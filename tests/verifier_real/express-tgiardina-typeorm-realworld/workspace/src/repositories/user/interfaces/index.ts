// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/repositories/user/interfaces/index.ts
export { IJwtCipher } from './req';

export {
  IProfileRo,
  IUserRepository,
  IUserRo,
  IUserSeed,
} from './spec';
