'use strict';
const { Sequelize } = require('sequelize');
const config = require('../config');

module.exports = {
  sequelize: new Sequelize({ dialect: 'sqlite', storage: config.database.storage, logging: false }),
};
