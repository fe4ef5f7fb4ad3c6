// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/presentation/routes/user.routes.ts
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";

import { container } from "../../config/inversify.config";

import type { CreateUserUseCase } from "../../application/usecases/CreateUserUseCase";

import type { GetUserByIdUseCase } from "../../application/usecases/GetUserByIdUseCase";

import type { ListUsersUseCase } from "../../application/usecases/ListUsersUseCase";

import type { UpdateUserUseCase } from "../../application/usecases/UpdateUserUseCase";

import type { DeleteUserUseCase } from "../../application/usecases/DeleteUserUseCase";

import {
  CreateUserRequestSchema,
  UpdateUserRequestSchema,
  GetUserByIdParamsSchema,
  ListUsersQuerySchema,
  UserResponseSchema,
  UsersListResponseSchema,
} from "../schemas/user.schema";

const usersRouter = new OpenAPIHono();

usersRouter.openapi(listUsersRoute, async (c) => {
  const { limit, offset } = c.req.valid("query");
  const result = await listUsersUseCase.execute({ limit, offset });

  return c.json(result, 200);
});

usersRouter.openapi(getUserByIdRoute, async (c) => {
  const { id } = c.req.valid("param");
  const { user } = await getUserByIdUseCase.execute({ id });

  return c.json(user, 200);
});

usersRouter.openapi(createUserRoute, async (c) => {
  const body = c.req.valid("json");
  const { user } = await createUserUseCase.execute(body);

  return c.json(user, 201);
});

usersRouter.openapi(updateUserRoute, async (c) => {
  const { id } = c.req.valid("param");
  const body = c.req.valid("json");
  const { user } = await updateUserUseCase.execute({ id, ...body });

  return c.json(user, 200);
});

usersRouter.openapi(deleteUserRoute, async (c) => {
  const { id } = c.req.valid("param");
  await deleteUserUseCase.execute({ id });

  return c.body(null, 204);
});

export { usersRouter };
