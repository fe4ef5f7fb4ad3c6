import { createApp } from './app.js';
import { port } from './config.js';
import { migrate } from './db.js';

try {
  await migrate();
} catch (err) {
  console.error('migration failed', err);
  process.exit(1);
}

createApp().listen(port, () => console.log(`conduit listening on ${port}`));
