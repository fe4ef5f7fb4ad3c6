// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/utils/json-content.ts
import type { ZodSchema } from "@/lib/types";

export function jsonContent<T extends ZodSchema>(schema: T, description: string) {
  return {
    content: {
      "application/json": {
        schema,
      },
    },
    description,
  };
}

export function jsonContentRequired<T extends ZodSchema>(
  schema: T,
  description: string,
) {
  return {
    ...jsonContent(schema, description),
    required: true,
  };
}
