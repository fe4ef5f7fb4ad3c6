// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:drizzle.config.ts
import 'dotenv/config';

import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  out: './drizzle',
  schema: './src/common/infrastructure/orm/model/schema.ts',
  dialect: 'postgresql',
  dbCredentials: {
    url: process.env.DATABASE_URL!,
  },
});
