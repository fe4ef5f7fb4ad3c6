import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { migrate, sql } from './db.js';

await migrate();
const port = Number(process.env.PORT ?? 3000);
const server = serve({ fetch: createApp().fetch, port }, () => console.log(`conduit listening on ${port}`));

process.on('SIGTERM', async () => {
  server.close();
  await sql.end({ timeout: 5 });
});
