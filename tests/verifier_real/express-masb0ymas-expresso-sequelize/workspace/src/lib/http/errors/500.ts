// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/http/errors/500.ts
import BaseResponse from './base'

class InternalServer extends BaseResponse {
  constructor(message: string) {
    super(message, 'Internal Server', 500)
    Object.setPrototypeOf(this, InternalServer.prototype)
  }
}
