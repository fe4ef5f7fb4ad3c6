// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/app.ts
import 'reflect-metadata';

import { bootstrapMicroframework } from 'microframework-w3tec';

import { banner } from './lib/banner';

import { Logger } from './lib/logger';

import { eventDispatchLoader } from './loaders/eventDispatchLoader';

import { expressLoader } from './loaders/expressLoader';

import { graphqlLoader } from './loaders/graphqlLoader';

import { homeLoader } from './loaders/homeLoader';

import { iocLoader } from './loaders/iocLoader';

import { monitorLoader } from './loaders/monitorLoader';

import { publicLoader } from './loaders/publicLoader';

import { swaggerLoader } from './loaders/swaggerLoader';

import { typeormLoader } from './loaders/typeormLoader';

import { winstonLoader } from './loaders/winstonLoader';

bootstrapMicroframework({
    /**
     * Loader is a place where you can configure all your modules during microframework
     * bootstrap process. All loaders are executed one by one in a sequential order.
     */
    loaders: [
        winstonLoader,
        iocLoader,
        eventDispatchLoader,
        typeormLoader,
        expressLoader,
        swaggerLoader,
        monitorLoader,
        homeLoader,
        publicLoader,
        graphqlLoader,
    ],
})
    .then(() => banner(log))
    .catch(error => log.error('Application is crashed: ' + error));
