// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/_lib/_sharedKernel/user/domain/user.entity.ts
import { type Entity, type EntityId } from '../../../core'

export class User implements Entity<UserId, UserProps> {
  constructor (readonly id: UserId, readonly props: UserProps) { }

  public update (props: Partial<UserProps>): User {
    return new User(this.id, { ...this.props, ...props })
  }
}
