import { Sequelize, DataTypes } from 'sequelize';

export const sequelize = new Sequelize({ dialect: 'sqlite', storage: process.env.SQLITE_PATH, logging: false });
export const Article = sequelize.define('Article', { slug: { type: DataTypes.STRING, unique: true }, title: DataTypes.STRING, body: DataTypes.TEXT });
export const Tag = sequelize.define('Tag', { name: DataTypes.STRING, articleId: DataTypes.INTEGER }, { tableName: 'tags', timestamps: false });
