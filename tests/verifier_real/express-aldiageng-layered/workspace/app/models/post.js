// excerpt of AldiAgeng/express-boilerplate@318359fc3f46:app/models/post.js
const { Model } = require("sequelize");

module.exports = (sequelize, DataTypes) => {
  class Post extends Model {
    /**
     * Helper method for defining associations.
     * This method is not a part of Sequelize lifecycle.
     * The `models/index` file will call this method automatically.
     */
    static associate(models) {
      // define association here
    }
  }
  Post.init(
    {
      title: {
        type: DataTypes.STRING,
        allowNull: false,
        validate: {
          notEmpty: {
            msg: "Title is required, and cannot be empty",
          },
        }
      },
      body: {
        type: DataTypes.TEXT,
        allowNull: false,
        validate: {
          notEmpty: {
            msg: "Body is required, and cannot be empty",
          },
        }
      },
    },
    {
      sequelize,
      modelName: "Post",
    }
  );
  return Post;
};
