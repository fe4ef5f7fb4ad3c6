'use strict';
// Database plugin: shares the Sequelize instance and creates the schema once Fastify is ready.
const fp = require('fastify-plugin');
const { sequelize } = require('../models');

module.exports = fp(async (fastify) => {
  fastify.decorate('sequelize', sequelize);
  fastify.addHook('onReady', async () => {
    await sequelize.sync();
    fastify.log.info('schema ready');
  });
  fastify.addHook('onClose', async () => sequelize.close());
}, { name: 'db' });
