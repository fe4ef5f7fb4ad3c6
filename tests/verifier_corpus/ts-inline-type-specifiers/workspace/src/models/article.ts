import { DataTypes, Model } from 'sequelize';
import { type ArticleInput } from '../services/articleService.js';
import { sequelize } from '../db.js';

export class Article extends Model {}
Article.init({ slug: DataTypes.STRING }, { sequelize });
export type Input = ArticleInput;
