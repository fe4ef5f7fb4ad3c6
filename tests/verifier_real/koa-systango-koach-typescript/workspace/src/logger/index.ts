// excerpt of https://github.com/SystangoTechnologies/koach-typescript@fdd2e28ad82d:src/logger/index.ts
import winston from 'winston'

import { LogManager } from './LogManager'

let logManager: LogManager = new LogManager('log', 'YYYY-MM-DD', process.env.NODE_ENV)
