// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/lib/logger.ts
import dayjs from "dayjs";

import pinoLogger from "pino";
