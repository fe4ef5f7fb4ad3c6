'use strict';
const express = require('express');
const { config } = require('./config');
const { initDb } = require('./repositories/db');
const { usersRouter } = require('./routes/users');
const { articlesRouter } = require('./routes/articles');
const { errorHandler } = require('./routes/middleware');

async function main() {
  await initDb();
  const app = express();
  app.use(express.json());
  app.use('/api', usersRouter);
  app.use('/api', articlesRouter);
  app.use(errorHandler);
  app.listen(config.port, config.host, () => console.log(`conduit listening on ${config.port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
