// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/utils/index.js
export { default as logger } from './logger.util';

export { default as emailer } from './emailer.util';
