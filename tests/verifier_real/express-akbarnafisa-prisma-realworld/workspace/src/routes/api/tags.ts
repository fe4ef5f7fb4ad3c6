// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/routes/api/tags.ts
import { Router } from "express";

import { getTags } from "../../controller/tagsController";

const router = Router();

router.get("/", getTags);

export default router;
