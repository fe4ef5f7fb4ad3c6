// excerpt of IconOfCos/realworld-hono@8381d1b8dad8:src/infrastructure/db/types.ts
import type { Article, Comment, NewArticle, NewComment, NewTag, NewUser, Tag, User } from "./schema.js";

import { emailSchema, slugSchema, userIdSchema } from "./validation.js";
