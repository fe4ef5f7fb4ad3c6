import { serve } from '@hono/node-server';
import { buildContainer } from './container.js';
import { createApp } from './app.js';

const config = {
  port: Number.parseInt(process.env.PORT ?? '8080', 10),
  host: process.env.HOST ?? '0.0.0.0',
  jwtSecret: process.env.JWT_SECRET ?? 'conduit-dev-secret',
};

async function main() {
  const services = await buildContainer(config);
  const app = createApp(services);
  serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    console.log(`conduit listening on ${info.address}:${info.port}`);
  });
}

main().catch((error) => {
  console.error('failed to start', error);
  process.exit(1);
});
