// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/utils/errors/missing-param-error.js
module.exports = class MissingParamError extends Error {
  constructor (paramName) {
    super(`Missing param: ${paramName}`)
    this.name = 'MissingParamError'
  }
}
