const sequelize = require('../db');
module.exports = { sequelize, ...require('./definitions')(sequelize) };
