// excerpt of w3cj/hono-open-api-starter@803d5edfb21f:vitest.config.ts
import path from "node:path";

import { defineConfig } from "vitest/config";
