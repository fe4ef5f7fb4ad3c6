const { sequelize } = require('../db');
const { Article } = require('./article');

const db = {};
db[Article.name] = Article;
db.sequelize = sequelize;

module.exports = db;
