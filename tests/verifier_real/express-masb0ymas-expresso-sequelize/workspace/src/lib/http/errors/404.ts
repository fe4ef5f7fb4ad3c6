// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/http/errors/404.ts
import BaseResponse from './base'

class NotFound extends BaseResponse {
  constructor(message: string) {
    super(message, 'Not Found', 404)
    Object.setPrototypeOf(this, NotFound.prototype)
  }
}
