// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/configs/database.config.js
import { logger } from '../utils';

switch (process.env.NODE_ENV) {
  case 'production':
    database = 'project';
    logging = (msg) => logger.debug(`DATABASE: ${msg}`);
    break;
  case 'development':
    database = 'project_development';
    logging = (msg) => logger.info(`DATABASE: ${msg}`);
    break;
  case 'test':
    database = 'project_test';
    logging = false;
    break;
  default:
    database = 'project_development';
    logging = (msg) => logger.info(`DATABASE: ${msg}`);
    break;
}

const databaseConfig = {
  username: process.env.DB_USER,
  password: process.env.DB_PASS,
  database: database,
  host: process.env.DB_HOST,
  port: process.env.DB_PORT,
  dialect: 'postgres',
  logging: logging,
};
