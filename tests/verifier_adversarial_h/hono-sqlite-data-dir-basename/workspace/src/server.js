import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { config } from './config.js';
import { migrate } from './db.js';

migrate();
serve({ fetch: createApp().fetch, port: config.port, hostname: '0.0.0.0' }, ({ port }) => {
  console.log(`conduit listening on ${port}, database ${config.databaseFile}`);
});
