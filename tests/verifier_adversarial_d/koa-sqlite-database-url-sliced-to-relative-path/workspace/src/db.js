const { Sequelize } = require('sequelize');

const PREFIX = 'sqlite:////';
const url = process.env.DATABASE_URL || 'sqlite:////conduit.db';
const storage = url.startsWith(PREFIX) ? url.slice(PREFIX.length) : 'conduit.db';

module.exports = new Sequelize({ dialect: 'sqlite', storage, logging: false });
