// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/_lib/_sharedKernel/user/ports/api/user.api.ts
import { type Transport } from '../../../../core/transport'

import { type User, type UserId } from '../../domain'

export abstract class UserApi {
  constructor (protected readonly transport: Transport) {
  }

  abstract getUserById: (id: UserId) => Promise<User | null>
}
