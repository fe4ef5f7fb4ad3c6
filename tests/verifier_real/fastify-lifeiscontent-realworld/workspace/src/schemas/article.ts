// excerpt of lifeiscontent/fastify-realworld@0952f090ebfe:src/schemas/article.ts
import type { Static } from "@sinclair/typebox";

import { Type } from "@sinclair/typebox";
