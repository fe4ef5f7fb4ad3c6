// excerpt of Aciila/hono-drizzle-ddd-boilerplate@cf4d202d2026:src/application/usecases/DeleteUserUseCase.ts
import { injectable, inject } from 'inversify'

import type { IUserRepository } from '../../domain/repositories/IUserRepository'

import { NotFoundException } from '../../app/errors/AppError'

@injectable()
export class DeleteUserUseCase {
	constructor(@inject('UserRepository') private userRepository: IUserRepository) {}

	async execute(input: DeleteUserInput): Promise<void> {
		const user = await this.userRepository.findById(input.id)
		if (!user) {
			throw new NotFoundException(`User with ID ${input.id} not found`)
		}

		await this.userRepository.delete(input.id)
	}
}
