// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/lib/http/errors/403.ts
import BaseResponse from './base'

class Forbidden extends BaseResponse {
  constructor(message: string) {
    super(message, 'Forbidden', 403)
    Object.setPrototypeOf(this, Forbidden.prototype)
  }
}
