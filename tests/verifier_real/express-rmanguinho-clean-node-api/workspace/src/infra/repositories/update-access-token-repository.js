// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/infra/repositories/update-access-token-repository.js
const MissingParamError = require('../../utils/errors/missing-param-error')

const MongoHelper = require('../helpers/mongo-helper')

module.exports = class UpdateAccessTokenRepository {
  async update (userId, accessToken) {
    if (!userId) {
      throw new MissingParamError('userId')
    }
    if (!accessToken) {
      throw new MissingParamError('accessToken')
    }
    const userModel = await MongoHelper.getCollection('users')
    await userModel.updateOne({
      _id: userId
    }, {
      $set: {
        accessToken
      }
    })
  }
}
