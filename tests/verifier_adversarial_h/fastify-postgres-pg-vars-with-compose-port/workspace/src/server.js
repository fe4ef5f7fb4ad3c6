import { buildApp } from './app.js';
import { server } from './config.js';
import { migrate, pool } from './db.js';

const app = buildApp({ logger: true });
app.addHook('onReady', async () => {
  await migrate();
});
app.addHook('onClose', async () => pool.end());
await app.listen(server);
