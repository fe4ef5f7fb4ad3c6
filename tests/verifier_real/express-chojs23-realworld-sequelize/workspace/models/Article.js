// excerpt of https://github.com/chojs23/realword-express-sequelize@15e9a3420675:models/Article.js
const { DataTypes, Model } = require("sequelize");

const sequelize = require("../util/database");

const slugify = require("slugify");

const Article = sequelize.define("Article", {
  slug: {
    type: DataTypes.STRING,
    allowNull: false,
  },
  title: {
    type: DataTypes.STRING,
    allowNull: false,
  },
  description: {
    type: DataTypes.TEXT,
  },
  body: {
    type: DataTypes.TEXT,
    allowNull: false,
  },
});
