// excerpt of lifeiscontent/fastify-realworld@0952f090ebfe:src/schemas/update-article-body.ts
import type { Static } from "@sinclair/typebox";

import { Type } from "@sinclair/typebox";
