'use strict';
// Comments are write-heavy and independent of the rest: they live in their own SQLite file next to the app.
const path = require('node:path');
const { Sequelize, DataTypes, Model } = require('sequelize');

const store = new Sequelize({ dialect: 'sqlite', storage: path.join(process.cwd(), 'comments.sqlite'), logging: false });

class StoredComment extends Model {}
StoredComment.init({
  body: { type: DataTypes.TEXT, allowNull: false },
  articleId: { type: DataTypes.INTEGER, allowNull: false },
  authorId: { type: DataTypes.INTEGER, allowNull: false },
}, { sequelize: store, modelName: 'StoredComment', tableName: 'comments' });

const ready = store.sync();

async function listFor(articleId) {
  await ready;
  return StoredComment.findAll({ where: { articleId }, order: [['createdAt', 'DESC']] });
}

async function add(fields) {
  await ready;
  return StoredComment.create(fields);
}

async function find(id) {
  await ready;
  return StoredComment.findByPk(id);
}

module.exports = { listFor, add, find };
