// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/application/usecases/index.ts
export * from './CreateUserUseCase'

export * from './GetUserByIdUseCase'

export * from './ListUsersUseCase'

export * from './UpdateUserUseCase'

export * from './DeleteUserUseCase'
