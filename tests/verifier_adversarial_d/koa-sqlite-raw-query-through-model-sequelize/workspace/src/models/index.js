const { Sequelize, DataTypes } = require('sequelize');
const sequelize = new Sequelize({ dialect: 'sqlite', storage: process.env.SQLITE_PATH, logging: false });
const Article = sequelize.define('Article', { slug: DataTypes.STRING, title: DataTypes.STRING, body: DataTypes.TEXT, authorId: DataTypes.INTEGER });
const Follow = sequelize.define('Follow', { followerId: DataTypes.INTEGER, followedId: DataTypes.INTEGER });
module.exports = { sequelize, Article, Follow };
