'use strict';
const env = process.env;

const config = {
  port: Number.parseInt(env.PORT || '8080', 10),
  host: env.HOST || '0.0.0.0',
  jwtSecret: env.JWT_SECRET || 'conduit-dev-secret',
};

module.exports = { config };
