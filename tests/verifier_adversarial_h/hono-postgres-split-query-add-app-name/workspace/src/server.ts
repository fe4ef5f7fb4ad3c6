import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { config } from './config.js';
import { migrate } from './db.js';

await migrate();
serve({ fetch: createApp().fetch, port: config.port }, (info) => console.log(`conduit on :${info.port}`));
