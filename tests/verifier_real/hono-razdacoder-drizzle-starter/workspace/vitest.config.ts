// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:vitest.config.ts
import path from "node:path";

import { defineConfig } from "vitest/config";
