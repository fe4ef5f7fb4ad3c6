// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/controller/commentsController/index.ts
export { default as createComment } from "./createComment";

export { default as deleteComment } from "./deleteComment";

export { default as getComments } from "./getComments";
