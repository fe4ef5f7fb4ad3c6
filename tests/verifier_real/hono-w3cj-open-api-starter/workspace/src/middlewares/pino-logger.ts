// excerpt of w3cj/hono-open-api-starter@803d5edfb21f:src/middlewares/pino-logger.ts
import { pinoLogger as logger } from "hono-pino";

import pino from "pino";

import pretty from "pino-pretty";

import env from "@/env";
