import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().min(1),
  JWT_SECRET: z.string().default('conduit-dev-secret'),
  DB_SYNC: z.enum(['true', 'false']).default('false'),
  DB_LOGGING: z.enum(['true', 'false']).default('false'),
});

export type Env = z.infer<typeof schema>;
export const env: Env = schema.parse(process.env);
