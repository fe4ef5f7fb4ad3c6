// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/decorators/Logger.ts
import { Container } from 'typedi';

import { Logger as WinstonLogger } from '../lib/logger';

export { LoggerInterface } from '../lib/logger';
