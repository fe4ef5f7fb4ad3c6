// excerpt of https://github.com/Osaroigb/Bank-Account-Management-API@3da94c0f3ee4:src/utils/logger.ts
import config from '../config';

import jsonStringify from 'safe-json-stringify';

import { createLogger, transports, format } from 'winston';

const logger = createLogger({
  level: 'info',
  format: format.combine(format.timestamp(timestampDefinition), format.json()),
  transports: [
    new transports.File({ filename: 'logs/error.log', level: 'error', silent: process.env.NODE_ENV === 'test' }),
    new transports.File({ filename: 'logs/combined.log', silent: process.env.NODE_ENV === 'test' })
  ]
});
