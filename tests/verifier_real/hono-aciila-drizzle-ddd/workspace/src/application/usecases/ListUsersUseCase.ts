// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/application/usecases/ListUsersUseCase.ts
import { injectable, inject } from 'inversify'

import type { IUserRepository } from '../../domain/repositories/IUserRepository'

import type { User } from '../../domain/entities/User'

@injectable()
export class ListUsersUseCase {
	constructor(@inject('UserRepository') private userRepository: IUserRepository) {}

	async execute(input: ListUsersInput): Promise<ListUsersOutput> {
		const result = await this.userRepository.findAll(input.limit, input.offset)

		return {
			users: result.rows,
			total: result.count,
			limit: input.limit,
			offset: input.offset,
		}
	}
}
