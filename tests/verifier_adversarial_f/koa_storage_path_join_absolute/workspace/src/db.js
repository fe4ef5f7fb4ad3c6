'use strict';
const path = require('node:path');
const { Sequelize } = require('sequelize');

// Anchor relative paths at the project root so `npm start` works from any directory.
const storage = path.join(__dirname, '..', process.env.SQLITE_PATH || 'conduit.sqlite');

const sequelize = new Sequelize({ dialect: 'sqlite', storage, logging: false });

module.exports = { sequelize, storage };
