// excerpt of https://github.com/razdacoder/hono-api-starter@8117c138cf07:src/app.ts
import configureOpenAPI from "@/lib/configure-open-api";

import createApp from "@/lib/create-app";

import auth from "@/modules/auth/auth.index";

import users from "@/modules/users/users.index";

app.route("/auth", auth);

app.route("/users", users);
