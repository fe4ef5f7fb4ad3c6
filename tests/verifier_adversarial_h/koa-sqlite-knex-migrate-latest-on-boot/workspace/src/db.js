'use strict';

const knexFactory = require('knex');
const knexfile = require('../knexfile');

const knex = knexFactory(knexfile[process.env.NODE_ENV || 'development']);

async function rows(sql, params) {
  const result = await knex.raw(sql, params);
  return Array.isArray(result) ? result : [];
}

const db = {
  get: async (sql, params = []) => (await rows(sql, params))[0],
  all: (sql, params = []) => rows(sql, params),
  run: (sql, params = []) => knex.raw(sql, params),
};

module.exports = { db, knex };
