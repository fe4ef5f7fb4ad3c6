'use strict';

const { createApp } = require('./app');
const { knex } = require('./db');

async function main() {
  const [batch, log] = await knex.migrate.latest();
  if (log.length) console.log(`migration batch ${batch}: ${log.join(', ')}`);
  const port = Number(process.env.PORT) || 3000;
  createApp().listen(port, () => console.log(`conduit listening on ${port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
