// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/infrastructure/repositories/BaseRepository.ts
import { db } from "../../database";

export abstract class BaseRepository {
  protected get db() {
    return db;
  }
}
