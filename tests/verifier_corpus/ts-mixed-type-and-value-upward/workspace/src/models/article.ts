import { DataTypes, Model } from 'sequelize';
import { type ArticleInput, getArticle } from '../services/articleService.js';
import { sequelize } from '../db.js';

export class Article extends Model {}
Article.init({ slug: DataTypes.STRING }, { sequelize });
export const lookup = getArticle;
