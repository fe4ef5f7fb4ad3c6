'use strict';
const { Sequelize } = require('sequelize');
const all = require('../config/database.json');

const env = process.env.NODE_ENV || 'development';
const options = { ...all[env] };
if (options.use_env_variable) {
  options.storage = process.env[options.use_env_variable];
  delete options.use_env_variable;
}

const sequelize = new Sequelize(options);

module.exports = { sequelize };
