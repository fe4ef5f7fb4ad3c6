// excerpt of javieraviles/node-typescript-koa-rest@3233861f5894:src/logger.ts
import { Context } from "koa";

import { config } from "./config";

import { transports, format } from "winston";

import * as path from "path";
