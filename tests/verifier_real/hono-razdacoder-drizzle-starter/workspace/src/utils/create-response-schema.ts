// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/utils/create-response-schema.ts
import { z } from "@hono/zod-openapi";

import type { ZodSchema } from "@/lib/types.js";

export function createErrorSchema(schema?: ZodSchema) {
  if (schema) {
    const { error } = schema.safeParse(
      schema._def.typeName === z.ZodFirstPartyTypeKind.ZodArray ? [] : {},
    );
    return z.object({
      success: z.boolean().openapi({
        example: false,
      }).default(false).optional(),
      message: z.string(),
      error: z
        .object({
          issues: z.array(
            z.object({
              code: z.string(),
              path: z.array(z.union([z.string(), z.number()])),
              message: z.string().optional(),
            }),
          ),
          name: z.string(),
        })
        .openapi({
          example: error,
        }),
    });
  }
  return z.object({
    success: z.boolean().openapi({
      example: false,
    }).default(false).optional(),
    message: z.string(),
  });
}
