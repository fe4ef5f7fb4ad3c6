// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/lib/http/errors/400.ts
import BaseResponse from './base'

class BadRequest extends BaseResponse {
  constructor(message: string) {
    super(message, 'Bad Request', 400)
    Object.setPrototypeOf(this, BadRequest.prototype)
  }
}
