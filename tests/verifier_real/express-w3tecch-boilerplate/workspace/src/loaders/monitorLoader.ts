// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/loaders/monitorLoader.ts
import basicAuth from 'express-basic-auth';

import monitor from 'express-status-monitor';

import { MicroframeworkLoader, MicroframeworkSettings } from 'microframework-w3tec';

import { env } from '../env';
