// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/repositories/user/index.ts
export { IJwtCipher } from './interfaces';

export { UserEntity } from './UserEntity';

export { UserRepository } from './UserRepository';
