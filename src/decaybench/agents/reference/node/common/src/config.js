'use strict';
// Settings from the environment (composition root).
module.exports = {
  port: Number.parseInt(process.env.PORT || '8080', 10),
  host: process.env.HOST || '0.0.0.0',
  jwtSecret: process.env.JWT_SECRET || 'conduit-development-secret',
};
