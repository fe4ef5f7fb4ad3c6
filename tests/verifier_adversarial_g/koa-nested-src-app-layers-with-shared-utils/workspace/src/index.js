import { buildContainer } from './app/container.js';
import { createApp } from './app/app.js';

const config = {
  port: Number.parseInt(process.env.PORT ?? '8080', 10),
  host: process.env.HOST ?? '0.0.0.0',
  jwtSecret: process.env.JWT_SECRET ?? 'conduit-dev-secret',
};

const services = await buildContainer(config);
const server = createApp(services).listen(config.port, config.host, () => {
  console.log(`conduit listening on ${config.host}:${config.port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
