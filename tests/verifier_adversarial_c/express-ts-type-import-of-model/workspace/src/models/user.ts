import { DataTypes, Model, Sequelize } from 'sequelize';

export interface UserAttributes {
  id: number;
  email: string;
  username: string;
  passwordHash: string;
  bio: string | null;
  image: string | null;
}

export class User extends Model<UserAttributes> {}

export function initUser(sequelize: Sequelize): typeof User {
  User.init(
    {
      id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
      email: { type: DataTypes.STRING(254), allowNull: false, unique: true },
      username: { type: DataTypes.STRING(32), allowNull: false, unique: true },
      passwordHash: { type: DataTypes.STRING, allowNull: false },
      bio: { type: DataTypes.TEXT, allowNull: true },
      image: { type: DataTypes.STRING(2000), allowNull: true },
    },
    { sequelize, tableName: 'users' },
  );
  return User;
}
