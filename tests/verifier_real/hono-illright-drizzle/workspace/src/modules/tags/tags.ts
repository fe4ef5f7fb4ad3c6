// excerpt of illright/realworld-hono-drizzle@8b1d252515ca:src/modules/tags/tags.ts
import { Hono } from "hono";

import { parse } from "valibot";

import type { ThisAppEnv } from "../../factory.js";

import { ListOfTags } from "./schema.js";

tagsModule.get("/", async (c) => {
	const db = c.get("db");
	const tags = await db.query.tagsTable.findMany();

	return c.json(parse(ListOfTags, { tags: tags.map(({ tag }) => tag) }));
});
