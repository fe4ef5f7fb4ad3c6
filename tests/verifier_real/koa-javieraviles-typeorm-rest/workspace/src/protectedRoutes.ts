// excerpt of javieraviles/node-typescript-koa-rest@3233861f5894:src/protectedRoutes.ts
import { SwaggerRouter } from "koa-swagger-decorator";

import { user } from "./controller";

const protectedRouter = new SwaggerRouter();

protectedRouter.get("/users", user.getUsers);

protectedRouter.get("/users/:id", user.getUser);

protectedRouter.post("/users", user.createUser);

protectedRouter.put("/users/:id", user.updateUser);

protectedRouter.delete("/users/:id", user.deleteUser);

protectedRouter.delete("/testusers", user.deleteTestUsers);

protectedRouter.swagger({
    title: "node-typescript-koa-rest",
    description: "API REST using NodeJS and KOA framework, typescript. TypeORM for SQL with class-validators. Middlewares JWT, CORS, Winston Logger.",
    version: "1.8.0"
});

protectedRouter.mapDir(__dirname);

export { protectedRouter };
