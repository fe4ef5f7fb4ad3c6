import { createApp } from './app.js';
import { config } from './config.js';
import { initSchema } from './db.js';

initSchema();
createApp().listen(config.port, () => {
  console.log(`conduit listening on ${config.port} (sqlite: ${config.sqlitePath})`);
});
