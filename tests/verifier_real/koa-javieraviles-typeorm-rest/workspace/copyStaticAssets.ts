// excerpt of javieraviles/node-typescript-koa-rest@3233861f5894:copyStaticAssets.ts
import * as shell from "shelljs";
