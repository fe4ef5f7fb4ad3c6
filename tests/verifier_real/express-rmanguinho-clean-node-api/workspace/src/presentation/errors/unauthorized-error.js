// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/presentation/errors/unauthorized-error.js
module.exports = class UnauthorizedError extends Error {
  constructor (paramName) {
    super('Unauthorized')
    this.name = 'UnauthorizedError'
  }
}
