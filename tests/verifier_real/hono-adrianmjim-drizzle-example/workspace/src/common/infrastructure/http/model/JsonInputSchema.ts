// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/common/infrastructure/http/model/JsonInputSchema.ts
import { z } from 'zod';

export interface JsonInputSchema<T extends z.ZodType> {
  in: {
    json: z.input<T>;
  };
  out: {
    json: z.infer<T>;
  };
}
