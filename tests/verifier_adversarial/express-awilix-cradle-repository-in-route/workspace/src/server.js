'use strict';
const express = require('express');
const { scopePerRequest } = require('awilix-express');
const { buildContainer } = require('./container');
const routes = require('./routes');

async function main() {
  const container = buildContainer();
  container.resolve('models');
  await container.resolve('sequelize').sync();
  const app = express();
  app.use(express.json());
  app.use(scopePerRequest(container));
  app.use('/api', routes);
  app.listen(Number(process.env.PORT || 8080));
}

main();
