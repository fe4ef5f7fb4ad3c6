'use strict';
// PostgreSQL via Sequelize. PG_CONNECTION_STRING is what our deployment platform injects.
const { Sequelize } = require('sequelize');

const DEFAULT_URL = 'postgres://conduit:conduit@localhost:5432/conduit';

function createSequelize(env = process.env) {
  return new Sequelize(env.PG_CONNECTION_STRING || DEFAULT_URL, { dialect: 'postgres', logging: false });
}

module.exports = { createSequelize };
