// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/app/middlewares/types.ts
import type { Session } from '~/database/entities/session'

declare module 'hono' {
  interface ContextVariableMap {
    auth: {
      userId: string
      token: string
      session: Session
    }
  }
}
