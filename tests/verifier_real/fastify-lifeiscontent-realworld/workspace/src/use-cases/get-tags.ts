// excerpt of lifeiscontent/fastify-realworld@0952f090ebfe:src/use-cases/get-tags.ts
import type { Kysely } from "kysely";

import type { DB } from "kysely-codegen";

export async function getTags(db: Kysely<DB>) {
  const tags = await db.selectFrom("tags").select("name").execute();

  return tags.map((tag) => tag.name);
}
