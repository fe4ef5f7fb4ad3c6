// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/lib/http/errors/500.ts
import BaseResponse from './base'

class InternalServer extends BaseResponse {
  constructor(message: string) {
    super(message, 'Internal Server', 500)
    Object.setPrototypeOf(this, InternalServer.prototype)
  }
}
