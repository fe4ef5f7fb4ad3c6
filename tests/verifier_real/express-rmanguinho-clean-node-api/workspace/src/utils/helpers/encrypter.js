// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/utils/helpers/encrypter.js
const bcrypt = require('bcrypt')

const MissingParamError = require('../errors/missing-param-error')

module.exports = class Encrypter {
  async compare (value, hash) {
    if (!value) {
      throw new MissingParamError('value')
    }
    if (!hash) {
      throw new MissingParamError('hash')
    }
    const isValid = await bcrypt.compare(value, hash)
    return isValid
  }
}
