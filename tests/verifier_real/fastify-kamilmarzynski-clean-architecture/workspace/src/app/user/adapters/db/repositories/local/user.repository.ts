// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/user/adapters/db/repositories/local/user.repository.ts
import { type QueryOptions, type PaginatedResult } from '../../../../../../_lib/core'

import { type User, type UserId } from '../../../../../../_lib/_sharedKernel'

import { type UserRepository } from '../../../../ports/repositories/user.repository'

import { type CreateUserRepository } from '../../../../ports/repositories/create-user.repository'

import { type UpdateUserRepository } from '../../../../ports/repositories/update-user.repository'

export class LocalUserRepository implements UserRepository, CreateUserRepository, UpdateUserRepository {
  private users: User[] = []

  async findByEmail (email: string): Promise<User | null> {
    return this.users.find((u: User) => u.props.email === email) ?? null
  }

  async getNextId (): Promise<UserId> {
    return {
      value: (this.users.length + 1).toString()
    }
  }

  async get (id: UserId): Promise<User | null> {
    return this.users.find((u: User) => u.id === id) ?? null
  }

  async getAll (query: QueryOptions<User>): Promise<PaginatedResult<User>> {
    return {
      data: this.users,
      pagination: {
        page: 1,
        count: this.users.length,
        maxPage: 1
      }
    }
  }

  async save (entity: User): Promise<User> {
    this.users.push(entity)
    return entity
  }

  async delete (id: UserId): Promise<void> {
    this.users = this.users.filter((u) => u.id !== id)
  }
}
