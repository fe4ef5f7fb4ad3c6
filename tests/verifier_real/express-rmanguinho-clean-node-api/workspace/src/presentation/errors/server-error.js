// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/presentation/errors/server-error.js
module.exports = class ServerError extends Error {
  constructor (paramName) {
    super('Internal error')
    this.name = 'ServerError'
  }
}
