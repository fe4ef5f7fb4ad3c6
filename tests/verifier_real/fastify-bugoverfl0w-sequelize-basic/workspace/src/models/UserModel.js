// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/models/UserModel.js
import { Model } from 'sequelize'

module.exports = (sequelize, DataTypes) => {
  class User extends Model {};

  User.init({
    id: {
      type: DataTypes.BIGINT,
      primaryKey: true,
      autoIncrement: true,
      allowNull: false
    },
    name: {
      type: DataTypes.STRING,
      allowNull: false
    },
    password: {
      type: DataTypes.STRING,
      allowNull: false
    }
  }, {
    sequelize
  })

  User.associate = function (models) {
    User.hasMany(models.Post, {
      foreignKey: {
        name: 'user_id',
        allowNull: false
      },
      required: false
    })
  }

  return User
}
