import { z } from 'zod';

export const env = z.object({ DB_SYNC: z.enum(['true', 'false']).default('true') }).parse(process.env);
