// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/controller/tagsController/index.ts
export { default as getTags } from "./getTags";
