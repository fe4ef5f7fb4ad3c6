// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/api/user/index.ts
export * from './interfaces/req';

export { UserController } from './UserController';
