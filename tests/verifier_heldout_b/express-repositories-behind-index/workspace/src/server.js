'use strict';
// Entry point: build the container, mount the API, listen on $PORT.
const express = require('express');
const { buildContainer } = require('./container.js');
const { apiRouter } = require('./routes/api.js');
const { errorHandler } = require('./routes/errors.js');

async function main() {
  const container = await buildContainer();
  const app = express();
  app.set('trust proxy', false);
  app.use(express.json({ limit: '1mb' }));
  app.use('/api', apiRouter(container));
  app.use((_req, res) => res.status(404).json({ errors: { body: ['not found'] } }));
  app.use(errorHandler);
  const port = Number(process.env.PORT || 3000);
  app.listen(port, '0.0.0.0', () => console.log(`conduit listening on ${port}`));
}

main().catch((err) => { console.error(err); process.exit(1); });
