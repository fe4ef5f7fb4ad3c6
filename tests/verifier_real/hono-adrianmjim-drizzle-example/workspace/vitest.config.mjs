// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:vitest.config.mjs
import { defineConfig } from 'vitest/config';
