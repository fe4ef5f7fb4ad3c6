// excerpt of lifeiscontent/fastify-realworld@0952f090ebfe:src/migrations/20200220014738_create_tags.ts
import type { Kysely } from "kysely";

import { addUpdatedAtTrigger, withTimestamps } from "../utils/migrations.js";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("tags")
    .addColumn("id", "bigserial", (col) => col.primaryKey().notNull())
    .$call(withTimestamps)
    .addColumn("name", "varchar", (col) => col.notNull().unique())
    .execute();

  await addUpdatedAtTrigger("tags").execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("tags").execute();
}
