// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/domain/entities/BaseEntity.ts
import { randomUUID } from "crypto";

export class BaseEntity implements IBaseEntity {
  public id = "";
  protected events: any[] = [];

  public addEvent(event: any): void {
    this.events.push(event);
  }

  getEvents(): any[] {
    return this.events;
  }

  static generateId(): string {
    return randomUUID();
  }
}
