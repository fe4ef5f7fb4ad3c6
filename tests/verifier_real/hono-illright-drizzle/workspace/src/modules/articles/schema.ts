// excerpt of illright/realworld-hono-drizzle@8b1d252515ca:src/modules/articles/schema.ts
import {
	array,
	boolean,
	number,
	object,
	omit,
	optional,
	partial,
	string,
} from "valibot";

import { Profile } from "../profiles/schema.js";
