// excerpt of https://github.com/Osaroigb/Bank-Account-Management-API@3da94c0f3ee4:src/helpers/server.ts
import { Server } from 'http';

import { logger } from '../utils/logger';

import { sequelize } from '../database/sequelize';

export const gracefulShutdown = async (server: Server, message?: string): Promise<void> => {
  try {
    if (message) logger.info(message);
    
    await sequelize.close();
    logger.info('Closed database connection!');

    server.close();
    process.exit();
  } catch (error: any) {
    logger.info(error.message);
    process.exit(1);
  }
};

export const handleError = (error: any, port: number): void => {
  if (error.syscall !== 'listen') {
    throw error;
  }

  const bind = typeof port === 'string' ? `Pipe ${port}` : `Port ${port}`;

  // handle specific listen errors with friendly messages
  switch (error.code) {
    case 'EACCES':
      logger.error(`${bind} requires elevated privileges`);
      process.exit(1);
      break;
    case 'EADDRINUSE':
      logger.error(`${bind} is already in use`);
      process.exit(1);
      break;
    default:
      throw error;
  }
};
