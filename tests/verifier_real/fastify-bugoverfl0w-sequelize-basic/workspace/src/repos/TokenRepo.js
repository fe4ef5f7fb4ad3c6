// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/repos/TokenRepo.js
import {
  Token as TokenModel,
  User as UserModel
} from 'models'

exports.getTokenWithUser = async (conditions) => {
  return (await Token.findOne(conditions))
}

exports.getToken = async (conditions) => {
  return (await Token.findOne({ where: conditions }))
}
