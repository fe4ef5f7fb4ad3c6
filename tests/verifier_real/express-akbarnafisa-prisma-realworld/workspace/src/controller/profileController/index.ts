// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/controller/profileController/index.ts
export { default as getProfile } from "./getProfile";

export { default as followProfile } from "./followProfile";

export { default as unFollowProfile } from "./unFollowProfile";
