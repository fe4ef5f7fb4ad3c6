// excerpt of fernandowobeto/nodejs-express-api-boilerplate@5ba4728e3c58:config/sequelize.js
const { Sequelize } = require('sequelize');

const db = require('./database');

module.exports = new Sequelize(`postgres://${db.user}:${db.password}@${db.host}:${db.port}/${db.database}`);
