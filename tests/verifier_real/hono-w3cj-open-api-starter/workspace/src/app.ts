// excerpt of w3cj/hono-open-api-starter@803d5edfb21f:src/app.ts
import configureOpenAPI from "@/lib/configure-open-api";

import createApp from "@/lib/create-app";

import index from "@/routes/index.route";

import tasks from "@/routes/tasks/tasks.index";

routes.forEach((route) => {
  app.route("/", route);
});
