// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/utils/errors/index.js
const MissingParamError = require('./missing-param-error')

const InvalidParamError = require('./invalid-param-error')

module.exports = {
  MissingParamError,
  InvalidParamError
}
