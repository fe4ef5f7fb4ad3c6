// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/middlewares/not-found.ts
import type { NotFoundHandler } from "hono";

import { NOT_FOUND } from "@/utils/http-status-code";

import { NOT_FOUND as NOT_FOUND_MESSAGE } from "@/utils/http-status-phrases";
