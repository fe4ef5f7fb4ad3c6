// excerpt of lifeiscontent/fastify-realworld@0952f090ebfe:src/schemas/generic-error.ts
import { Type } from "@sinclair/typebox";

export const GenericErrorSchema = Type.Object({
  status: Type.String(),
  message: Type.String(),
});
