// excerpt of javieraviles/node-typescript-koa-rest@3233861f5894:src/cron.ts
import { CronJob } from "cron";

import { config } from "./config";
