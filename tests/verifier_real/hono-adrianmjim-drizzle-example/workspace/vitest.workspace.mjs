// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:vitest.workspace.mjs
import { defineWorkspace } from 'vitest/config';
