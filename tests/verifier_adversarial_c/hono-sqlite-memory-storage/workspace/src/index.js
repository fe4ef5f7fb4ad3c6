const { Hono } = require('hono');
const { serve } = require('@hono/node-server');
const { sequelize } = require('./models');
const { UserRepository } = require('./repositories/users');
const { UserService } = require('./services/users');
const { usersApp } = require('./routes/users');

async function main() {
  await sequelize.sync();
  const app = new Hono();
  app.route('/api', usersApp(new UserService(new UserRepository())));
  serve({ fetch: app.fetch, port: Number(process.env.PORT || 3000) });
}

main();
