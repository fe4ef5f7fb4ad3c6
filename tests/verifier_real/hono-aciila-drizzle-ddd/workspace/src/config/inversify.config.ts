// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/config/inversify.config.ts
import "reflect-metadata";

import { Container } from "inversify";

import type { IUserRepository } from "../domain/repositories/IUserRepository";

import { UserRepository } from "../infrastructure/repositories/UserRepository";

import {
  CreateUserUseCase,
  GetUserByIdUseCase,
  ListUsersUseCase,
  UpdateUserUseCase,
  DeleteUserUseCase,
} from "../application/usecases";

container
  .bind<IUserRepository>("UserRepository")
  .to(UserRepository)
  .inSingletonScope();
