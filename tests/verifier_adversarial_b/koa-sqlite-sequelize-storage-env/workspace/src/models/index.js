const { Sequelize, DataTypes } = require('sequelize');
const config = require('../../config');

const sequelize = new Sequelize(config.db);

const User = sequelize.define('user', {
  username: { type: DataTypes.STRING, allowNull: false, unique: true },
  email: { type: DataTypes.STRING, allowNull: false, unique: true },
  passwordHash: { type: DataTypes.STRING, allowNull: false },
});
const Comment = sequelize.define('comment', { body: { type: DataTypes.TEXT, allowNull: false } });
Comment.belongsTo(User, { as: 'author' });

module.exports = { sequelize, User, Comment };
