const { DataTypes } = require('sequelize');
const sequelize = require('./db');

const User = sequelize.define('user', { username: { type: DataTypes.STRING, unique: true }, email: { type: DataTypes.STRING, unique: true }, password: DataTypes.STRING });
const Article = sequelize.define('article', { slug: { type: DataTypes.STRING, unique: true }, title: DataTypes.STRING, body: DataTypes.TEXT });
const Follow = sequelize.define('follow', {}, { timestamps: false });
Article.belongsTo(User, { as: 'author', foreignKey: 'authorId' });
User.belongsToMany(User, { through: Follow, as: 'following', foreignKey: 'followerId', otherKey: 'followeeId' });

module.exports = { sequelize, User, Article, Follow };
