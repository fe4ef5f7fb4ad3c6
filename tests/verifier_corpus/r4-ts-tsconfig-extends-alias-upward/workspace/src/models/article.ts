import * as svc from '@app/services/articleService';
export const _svc = svc;
import { DataTypes, Model } from 'sequelize';
import { sequelize } from '../db.js';

export class Article extends Model {
  declare slug: string;
}
Article.init({ slug: DataTypes.STRING }, { sequelize });
