// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/lib/http/errors/404.ts
import BaseResponse from './base'

class NotFound extends BaseResponse {
  constructor(message: string) {
    super(message, 'Not Found', 404)
    Object.setPrototypeOf(this, NotFound.prototype)
  }
}
