import { DataTypes, Model } from 'sequelize';
import { sequelize } from '../db';

export class Article extends Model {
  declare id: number;
  declare slug: string;
  declare title: string;
  declare body: string;
  declare authorId: number;
}

Article.init(
  {
    slug: { type: DataTypes.STRING, unique: true, allowNull: false },
    title: { type: DataTypes.STRING, allowNull: false },
    body: { type: DataTypes.TEXT, allowNull: false },
    authorId: { type: DataTypes.INTEGER, allowNull: false },
  },
  { sequelize, tableName: 'articles' },
);
