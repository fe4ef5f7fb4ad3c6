import { DataTypes } from 'sequelize';
import { sequelize } from '../db.js';

export const User = sequelize.define('User', {
  email: { type: DataTypes.STRING, unique: true, allowNull: false },
  username: { type: DataTypes.STRING, unique: true, allowNull: false },
  passwordHash: DataTypes.STRING,
  bio: { type: DataTypes.TEXT, defaultValue: '' },
  image: DataTypes.STRING,
});
export const Comment = sequelize.define('Comment', { body: { type: DataTypes.TEXT, allowNull: false } });
Comment.belongsTo(User, { as: 'author', foreignKey: 'authorId' });
export { sequelize };
