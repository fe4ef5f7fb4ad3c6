// excerpt of javieraviles/node-typescript-koa-rest@3233861f5894:src/unprotectedRoutes.ts
import Router from "@koa/router";

import { general } from "./controller";

const unprotectedRouter = new Router();

unprotectedRouter.get("/", general.helloWorld);

export { unprotectedRouter };
