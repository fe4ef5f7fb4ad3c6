// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/_lib/core/entity.ts
import { type EntityId } from './entityId'

export interface Entity<ID extends EntityId<string>, P> {
  readonly id: ID
  readonly props: P
}
