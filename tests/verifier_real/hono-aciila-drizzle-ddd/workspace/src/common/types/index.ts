// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/common/types/index.ts
export interface ServiceResult<T = unknown> {
  success: boolean;
  data?: T;
  error?: string;
}

export interface IUseCase<Input, Output> {
  execute(input: Input): Promise<Output>;
}
