// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/middlewares/pino-logger.ts
import { pinoLogger } from "hono-pino";

import { pino } from "pino";

import pretty from "pino-pretty";

import env from "@/env";
