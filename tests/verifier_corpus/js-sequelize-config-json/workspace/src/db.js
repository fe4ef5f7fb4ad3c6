const { Sequelize } = require('sequelize');
const config = require('../config/config.json').development;

module.exports = { sequelize: new Sequelize(config) };
