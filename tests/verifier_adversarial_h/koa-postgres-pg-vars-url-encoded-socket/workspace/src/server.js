import { createApp } from './app.js';
import { config } from './config.js';
import { migrate, pool } from './db.js';

await migrate();
const server = createApp().listen(config.port, () => console.log(`conduit listening on ${config.port}`));
process.on('SIGTERM', () => server.close(() => pool.end()));
