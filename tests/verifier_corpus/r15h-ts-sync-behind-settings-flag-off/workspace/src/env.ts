import { z } from 'zod';

export const env = z.object({ DB_SYNC: z.enum(['true', 'false']).default('false') }).parse(process.env);
