'use strict';
const express = require('express');
const { createContainer } = require('./container');
const { buildRouter } = require('./routes/index');

async function main() {
  const container = await createContainer();
  const app = express();
  app.use(express.json());
  app.use('/api', buildRouter(container));
  const port = Number(process.env.PORT || 8080);
  app.listen(port, '0.0.0.0', () => console.log(`conduit listening on ${port}`));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
