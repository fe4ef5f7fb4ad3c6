'use strict';

const { buildContainer } = require('./container');
const { createApp } = require('./app');

const config = {
  port: Number.parseInt(process.env.PORT ?? '8080', 10),
  host: process.env.HOST ?? '0.0.0.0',
  jwtSecret: process.env.JWT_SECRET ?? 'conduit-dev-secret',
};

async function main() {
  const services = await buildContainer(config);
  createApp(services).listen(config.port, config.host, () => {
    console.log(`conduit listening on ${config.host}:${config.port}`);
  });
}

main().catch((error) => {
  console.error('failed to start', error);
  process.exit(1);
});
