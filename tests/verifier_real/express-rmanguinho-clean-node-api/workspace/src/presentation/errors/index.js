// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/presentation/errors/index.js
const ServerError = require('./server-error')

const UnauthorizedError = require('./unauthorized-error')

module.exports = {
  ServerError,
  UnauthorizedError
}
