// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/utils/helpers/email-validator.js
const validator = require('validator')

const MissingParamError = require('../errors/missing-param-error')

module.exports = class EmailValidator {
  isValid (email) {
    if (!email) {
      throw new MissingParamError('email')
    }
    return validator.isEmail(email)
  }
}
