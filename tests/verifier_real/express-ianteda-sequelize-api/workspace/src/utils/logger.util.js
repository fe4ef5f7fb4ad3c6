// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/utils/logger.util.js
import { createLogger, transports } from 'winston';

import 'winston-daily-rotate-file';

import { logger as loggerConfig } from '../configs';

const logger = createLogger({
  transports: [
    // Log to console
    new transports.Console(loggerConfig.console),

    // Log to file and rotate file daily
    new transports.DailyRotateFile(loggerConfig.file),
  ],
  // Do not exit on handled exceptions
  exitOnError: false,
});
