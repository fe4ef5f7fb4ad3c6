import { buildApp } from './app.js';
import { config } from './config.js';
import { close, migrate } from './db.js';

migrate();
const app = buildApp({ logger: { level: config.logLevel } });
app.addHook('onClose', async () => close());
await app.listen({ port: config.port, host: '0.0.0.0' });
