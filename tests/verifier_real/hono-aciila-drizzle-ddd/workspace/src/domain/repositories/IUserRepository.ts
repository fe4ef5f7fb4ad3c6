// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/domain/repositories/IUserRepository.ts
import type { User } from "../entities/User";

import type { IBaseRepository, IFindItemsDataSet } from "./IBaseRepository";

export interface IUserRepository extends IBaseRepository<User> {
  findByEmail(email: string): Promise<User | null>;
  findAll(limit: number, offset: number): Promise<IFindItemsDataSet<User>>;
  create(data: CreateUserData): Promise<User>;
  update(id: string, data: UpdateUserData): Promise<User | null>;
  delete(id: string): Promise<boolean>;
}
