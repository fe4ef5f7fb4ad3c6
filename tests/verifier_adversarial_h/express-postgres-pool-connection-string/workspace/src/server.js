import { createApp } from './app.js';
import { migrate, pool } from './db.js';

await migrate();
const port = Number(process.env.PORT ?? 3000);
const server = createApp().listen(port, () => console.log(`conduit listening on ${port}`));

process.on('SIGTERM', () => server.close(() => pool.end()));
