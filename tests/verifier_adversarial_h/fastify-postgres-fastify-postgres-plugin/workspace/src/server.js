'use strict';

const fs = require('node:fs/promises');
const path = require('node:path');
const fastifyPostgres = require('@fastify/postgres');
const { buildApp } = require('./app');
const { usePool } = require('./db');

async function start() {
  const app = buildApp({ logger: true });
  app.register(fastifyPostgres, { connectionString: process.env.DATABASE_URL, max: 10 });
  app.after(async (err) => {
    if (err) throw err;
    usePool(app.pg.pool);
    const schema = await fs.readFile(path.join(__dirname, 'schema.sql'), 'utf8');
    await app.pg.query(schema);
    app.log.info('schema ready');
  });
  await app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
}

start().catch((err) => {
  console.error(err);
  process.exit(1);
});
