// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/user/ports/repositories/create-user.repository.ts
import { type User } from '../../../../_lib/_sharedKernel'

import { type BasicUserRepository } from './user.repository'

export type CreateUserRepository = BasicUserRepository & {
  findByEmail: (email: string) => Promise<User | null>
}
