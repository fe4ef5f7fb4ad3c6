// excerpt of lifeiscontent/fastify-realworld@0952f090ebfe:src/kysely/articles.ts
import type { ExpressionBuilder } from "kysely";

import { sql } from "kysely";

import type { DB } from "kysely-codegen";
