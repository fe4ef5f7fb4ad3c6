// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/http/errors/401.ts
import BaseResponse from './base'

class Unauthorized extends BaseResponse {
  constructor(message: string) {
    super(message, 'Unauthorized', 401)
    Object.setPrototypeOf(this, Unauthorized.prototype)
  }
}
