'use strict';

const knex = require('knex');

const db = knex({
  client: 'sqlite3',
  connection: { filename: process.env.SQLITE_PATH },
  useNullAsDefault: true,
});

const followRepository = {
  followeeIds(followerId) {
    return db('follows').where({ followerId }).pluck('followeeId');
  },
};

module.exports = { followRepository };
