// excerpt of lifeiscontent/fastify-realworld@0952f090ebfe:src/schemas/validation-error.ts
import { Type } from "@sinclair/typebox";

export const ValidationErrorSchema = Type.Object({
  errors: Type.Record(Type.String(), Type.Array(Type.String())),
});
