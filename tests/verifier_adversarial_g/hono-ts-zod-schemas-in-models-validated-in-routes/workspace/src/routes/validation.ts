import { zValidator } from '@hono/zod-validator';
import type { ZodSchema } from 'zod';

/** zValidator that answers 422 with Conduit's `errors` envelope, keyed by field. */
export function validJson<T extends ZodSchema>(schema: T) {
  return zValidator('json', schema, (result, c) => {
    if (result.success) return;
    const errors: Record<string, string[]> = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[issue.path.length - 1] ?? 'body');
      (errors[field] ??= []).push(issue.message);
    }
    return c.json({ errors }, 422);
  });
}
