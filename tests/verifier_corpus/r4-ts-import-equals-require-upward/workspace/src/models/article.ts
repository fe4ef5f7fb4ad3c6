import { DataTypes, Model } from 'sequelize';
import { sequelize } from '../db.js';

export class Article extends Model {
  declare slug: string;
}
Article.init({ slug: DataTypes.STRING }, { sequelize });
