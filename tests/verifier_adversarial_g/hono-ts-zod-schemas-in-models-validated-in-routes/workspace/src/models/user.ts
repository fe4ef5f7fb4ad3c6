import { DataTypes } from 'sequelize';
import type { Sequelize } from 'sequelize';

/** Users and the follow relation between them. */
export function defineUser(sequelize: Sequelize) {
  const User = sequelize.define(
    'User',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      username: { type: DataTypes.STRING, allowNull: false, unique: true },
      email: { type: DataTypes.STRING, allowNull: false, unique: true },
      passwordHash: { type: DataTypes.STRING, allowNull: false },
      bio: { type: DataTypes.TEXT, allowNull: true },
      image: { type: DataTypes.STRING, allowNull: true },
    },
    { tableName: 'users' },
  );

  const Follow = sequelize.define(
    'Follow',
    {
      followerId: { type: DataTypes.INTEGER, primaryKey: true },
      followingId: { type: DataTypes.INTEGER, primaryKey: true },
    },
    { tableName: 'follows', updatedAt: false },
  );

  return { User, Follow };
}
