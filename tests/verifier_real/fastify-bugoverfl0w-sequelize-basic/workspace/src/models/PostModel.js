// excerpt of https://github.com/bugoverfl0w/fastify-sequelize-basic@f6fe5f75f3dd:src/models/PostModel.js
import { Model } from 'sequelize'

module.exports = (sequelize, DataTypes) => {
  class Post extends Model {};

  Post.init({
    id: {
      type: DataTypes.BIGINT,
      primaryKey: true,
      autoIncrement: true,
      allowNull: false
    },
    title: {
      type: DataTypes.STRING,
      allowNull: false
    },
    content: {
      type: DataTypes.STRING,
      allowNull: false
    },
    user_id: {
      type: DataTypes.BIGINT,
      allowNull: false
    }
  }, {
    sequelize
  })

  Post.associate = function (models) {
    Post.belongsTo(models.User, {
      foreignKey: {
        name: 'user_id',
        allowNull: false
      },
      required: true
    })
  }

  return Post
}
