// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/utils/errors/invalid-param-error.js
module.exports = class InvalidParamError extends Error {
  constructor (paramName) {
    super(`Invalid param: ${paramName}`)
    this.name = 'InvalidParamError'
  }
}
