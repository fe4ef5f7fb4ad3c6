// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/app/user/adapters/db/repositories/mongo/user.repository.ts
import { ObjectId, type Db, type WithId, type Document, type Filter } from 'mongodb'

import { type QueryOptions, type PaginatedResult } from '../../../../../../_lib/core'

import { User, type UserId } from '../../../../../../_lib/_sharedKernel'

import { type UserRepository } from '../../../../ports/repositories/user.repository'

import { toEntityId } from '../../../../../../_lib/core/entityId'

import { type CreateUserRepository } from '../../../../ports/repositories/create-user.repository'

import { type UpdateUserRepository } from '../../../../ports/repositories/update-user.repository'

export class MongoUserRepository implements UserRepository, CreateUserRepository, UpdateUserRepository {
  constructor (private readonly db: Db) {}

  async findByEmail (email: string): Promise<User | null> {
    const document = await this.db.collection('users').findOne({ email })

    if (document === null) {
      return null
    }

    return dataToEntity(document)
  }

  async getNextId (): Promise<UserId> {
    return toEntityId(new ObjectId().toString())
  }

  async get (id: UserId): Promise<User | null> {
    const document = await this.db.collection('users').findOne({ _id: new ObjectId(id.value) })

    if (document === null) {
      return null
    }

    return dataToEntity(document)
  }

  async getAll (query: QueryOptions<User>): Promise<PaginatedResult<User>> {
    const limit = query.limit ?? 10
    const page = query.page ?? 1
    const orderBy = query.orderBy ?? 'id'
    const order = query.order ?? 'asc'
    const filter = query.filter ?? {}

    const sort = [orderBy, order]

    const data = await this.db.collection('users')
      .find(toMongoFilter(filter))
      .sort(sort)
      .skip((page - 1) * limit)
      .limit(limit)
      .toArray()

    const count = await this.db.collection('users').countDocuments()

    return {
      data: data.map(dataToEntity),
      pagination: {
        page,
        count,
        maxPage: Math.ceil(count / limit)
      }
    }
  }

  async save (entity: User): Promise<User> {
    await this.db.collection('users').updateOne({ _id: new ObjectId(entity.id.value) }, {
      $set: {
        firstName: entity.props.firstName,
        lastName: entity.props.lastName,
        email: entity.props.email
      }
    }, { upsert: true })

    return entity
  }

  async delete (id: UserId): Promise<void> {
    await this.db.collection('users').deleteOne({ _id: new ObjectId(id.value) })
  }
}
