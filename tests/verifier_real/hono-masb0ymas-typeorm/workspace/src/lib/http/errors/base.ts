// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/lib/http/errors/base.ts
class BaseResponse extends Error {
  public statusCode: number

  constructor(message: string, name = 'Internal Server', statusCode = 500) {
    super(message)
    this.message = message
    this.name = name
    this.statusCode = statusCode
    Object.setPrototypeOf(this, BaseResponse.prototype)
  }
}
