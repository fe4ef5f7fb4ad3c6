'use strict';
// Repository implementations, selected once. Only Sequelize exists today; the services depend on this module.
const { UserRepository } = require('./sequelize/users.js');
const { ArticleRepository } = require('./sequelize/articles.js');

module.exports = { UserRepository, ArticleRepository };
