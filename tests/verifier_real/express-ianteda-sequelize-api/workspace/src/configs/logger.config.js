// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/configs/logger.config.js
import appRoot from 'app-root-path';

import { format } from 'winston';

switch (process.env.NODE_ENV) {
  case "production":
    level = "warning";
    silent = false;
    break;
  case "development":
    level = "debug";
    silent = false;
    break;
  case "test":
    level = "emerg";
    silent = true;
    break;
  default:
    level = "debug";
    silent = false;
    break;
}

const config = {
  console: {
    level: level,
    silent: silent,
    handleExceptions: true,
    format: _myConsoleFormat
  },
  file : {
    level: level,
    silent: silent,
    datePattern: 'YYYY-MM-DD',
    filename: `${appRoot}/logs/%DATE%.log`,
    handleExceptions: true,
    maxSize: '20m',
    maxFiles: '30d',
    colorize: false,
    format: _myLogFileFormat,
  }
};
