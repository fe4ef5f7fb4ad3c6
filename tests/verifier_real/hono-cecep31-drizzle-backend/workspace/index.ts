// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:index.ts
import { app } from './src/server/app';

import { shutdownDatabase } from './src/database/drizzle';

import { shutdownMiddlewares } from './src/middlewares';

import { shutdownServices } from './src/services';

import { runStartupChecks } from './src/server/startupCheck';

process.on('uncaughtException', (error) => {
  console.error('Uncaught Exception:', error);
  // Consider implementing proper error reporting here
});

const shutdown = async (signal: string) => {
  console.log(`Received ${signal}. Shutting down server gracefully...`);

  // Cleanup rate limiter store to prevent memory leak
  shutdownMiddlewares();

  await shutdownServices();
  await shutdownDatabase();

  console.log('Server shutdown complete.');
  process.exit(0);
};

export default {
  port: process.env['PORT'] || 3001,
  fetch: app.fetch,
  // Increase timeout values
  requestTimeout: 30, // seconds
  idleTimeout: 60, // seconds
  // Enable keep-alive
  keepAliveTimeout: 120, // seconds
  // Maximum number of requests per socket
  maxRequestsPerSocket: 100,
};
