// excerpt of javieraviles/node-typescript-koa-rest@3233861f5894:src/controller/index.ts
export { default as user } from "./user";

export { default as general } from "./general";
