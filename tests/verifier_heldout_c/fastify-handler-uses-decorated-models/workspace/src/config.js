'use strict';

module.exports = {
  port: Number(process.env.PORT || 3000),
  jwtSecret: process.env.JWT_SECRET || 'conduit-secret-change-me',
  database: {
    dialect: 'sqlite',
    storage: process.env.SQLITE_PATH,
  },
};
