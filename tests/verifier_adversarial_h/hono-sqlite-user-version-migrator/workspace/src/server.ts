import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { PORT } from './env.js';
import { migrate } from './migrate.js';

const applied = migrate();
console.log(`migrations applied: ${applied}`);

serve({ fetch: createApp().fetch, port: PORT }, (info) => {
  console.log(`conduit listening on ${info.port}`);
});
