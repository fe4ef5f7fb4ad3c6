'use strict';

const { applySchema, connection, filename } = require('./db');
const { createApp } = require('./app');

applySchema();
const port = Number(process.env.PORT) || 3000;
const server = createApp().listen(port, () => console.log(`conduit listening on ${port} (db: ${filename})`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => {
      connection.close();
      process.exit(0);
    });
  });
}
