// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/lib/http/errors/401.ts
import BaseResponse from './base'

class Unauthorized extends BaseResponse {
  constructor(message: string) {
    super(message, 'Unauthorized', 401)
    Object.setPrototypeOf(this, Unauthorized.prototype)
  }
}
