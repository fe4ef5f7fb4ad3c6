// Input shapes of the use cases, as zod schemas (framework-free; routes reuse them for request validation).
import { z } from 'zod';

export const newComment = z.object({ comment: z.object({ body: z.string().trim().min(1).max(5000) }) });
export const loginBody = z.object({ user: z.object({ email: z.string().min(1), password: z.string().min(1) }) });
