// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/user/ports/repositories/user.repository.factory.ts
import { type UserRepository } from './user.repository'

export abstract class UserRepositoryFactory {
  public abstract createUserRepository (): UserRepository
}
