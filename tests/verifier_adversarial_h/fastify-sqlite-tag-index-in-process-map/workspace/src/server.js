'use strict';

const { buildApp } = require('./app');
const { migrate, database } = require('./db');

async function start() {
  migrate();
  const app = buildApp({ logger: true });
  app.addHook('onClose', async () => database.close());
  await app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
}

start().catch((err) => {
  console.error(err);
  process.exit(1);
});
