// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/app/repositories/session.ts
import { AppDataSource } from '~/config/database'

import { Session } from '~/database/entities/session'

import BaseRepository from './base'

export default class SessionRepository extends BaseRepository<Session> {
  constructor() {
    super({
      repository: AppDataSource.getRepository(Session),
      model: 'sessions',
    })
  }
}
