const { Sequelize } = require('sequelize');
const all = require('../config/config.json');

const config = all[process.env.NODE_ENV || 'production'];

const sequelize = config.use_env_variable
  ? new Sequelize(process.env[config.use_env_variable], config)
  : new Sequelize(config.database, config.username, config.password, config);

module.exports = { sequelize };
