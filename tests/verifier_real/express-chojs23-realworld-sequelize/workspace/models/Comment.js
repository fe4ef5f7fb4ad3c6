// excerpt of https://github.com/chojs23/realword-express-sequelize@15e9a3420675:models/Comment.js
const { DataTypes, Model } = require("sequelize");

const sequelize = require("../util/database");

const Comment = sequelize.define("Comment", {
  body: {
    type: DataTypes.TEXT,
    allowNull: false,
  },
});
