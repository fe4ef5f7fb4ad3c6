'use strict';
// Runtime configuration, read once from the environment.
module.exports = {
  port: Number.parseInt(process.env.PORT || '3000', 10),
  jwtSecret: process.env.JWT_SECRET || 'dev-secret',
  jwtTtl: '1d',
  databaseUrl: process.env.DATABASE_URL,
  loginLimit: { attempts: 5, windowMs: 2000 },
};
