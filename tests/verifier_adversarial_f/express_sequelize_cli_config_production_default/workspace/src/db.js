'use strict';
// Same config file as sequelize-cli (config/config.json), one block per environment.
const { Sequelize } = require('sequelize');
const all = require('../config/config.json');

const env = process.env.NODE_ENV || 'production';
const config = all[env];

const sequelize = config.use_env_variable
  ? new Sequelize(process.env[config.use_env_variable], { ...config, logging: false })
  : new Sequelize(config.database, config.username, config.password, { ...config, logging: false });

module.exports = { sequelize };
