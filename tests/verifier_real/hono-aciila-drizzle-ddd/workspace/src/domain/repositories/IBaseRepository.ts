// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/domain/repositories/IBaseRepository.ts
export interface IBaseRepository<T> {
  findById(id: string): Promise<T | null>;
  save(entity: T): Promise<void>;
  findItemsByParams?(...args: any[]): Promise<IFindItemsDataSet<T>>;
}
