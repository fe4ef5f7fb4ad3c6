// excerpt of w3cj/hono-open-api-starter@803d5edfb21f:src/routes/tasks/tasks.index.ts
import { createRouter } from "@/lib/create-app";

import * as handlers from "./tasks.handlers";

import * as routes from "./tasks.routes";

const router = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.patch, handlers.patch)
  .openapi(routes.remove, handlers.remove);

export default router;
