// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/controller/user/index.ts
export { default as userGet } from './userGet';

export { default as userUpdate } from './userUpdate';
