// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/controller/users/index.ts
export { default as usersRegister } from './usersRegister';

export { default as usersLogin } from './usersLogin';
