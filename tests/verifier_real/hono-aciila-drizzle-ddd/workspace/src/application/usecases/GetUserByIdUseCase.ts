// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/application/usecases/GetUserByIdUseCase.ts
import { injectable, inject } from 'inversify'

import type { IUserRepository } from '../../domain/repositories/IUserRepository'

import type { User } from '../../domain/entities/User'

import { NotFoundException } from '../../app/errors/AppError'

@injectable()
export class GetUserByIdUseCase {
	constructor(@inject('UserRepository') private userRepository: IUserRepository) {}

	async execute(input: GetUserByIdInput): Promise<GetUserByIdOutput> {
		const user = await this.userRepository.findById(input.id)

		if (!user) {
			throw new NotFoundException(`User with ID ${input.id} not found`)
		}

		return { user }
	}
}
