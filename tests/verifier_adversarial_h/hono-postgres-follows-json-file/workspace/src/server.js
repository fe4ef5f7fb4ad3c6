import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { migrate } from './db.js';

await migrate();
const port = Number(process.env.PORT ?? 3000);
serve({ fetch: createApp().fetch, port }, () => console.log(`conduit listening on ${port}`));
