// excerpt of https://github.com/chojs23/realword-express-sequelize@15e9a3420675:models/Tag.js
const { DataTypes, Model } = require("sequelize");

const sequelize = require("../util/database");

const Tag = sequelize.define(
  "Tag",
  {
    name: {
      type: DataTypes.STRING,
      allowNull: false,
      primaryKey: true,
    },
  },
  { timestamps: false }
);
