'use strict';
const fp = require('fastify-plugin');
const models = require('../models');

module.exports = fp(async (app) => {
  await models.sequelize.sync();
  app.decorate('models', models);
  app.addHook('onClose', () => models.sequelize.close());
});
