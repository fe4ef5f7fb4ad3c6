// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/loaders/winstonLoader.ts
import { MicroframeworkLoader, MicroframeworkSettings } from 'microframework-w3tec';

import { configure, format, transports } from 'winston';

import { env } from '../env';

export const winstonLoader: MicroframeworkLoader = (settings: MicroframeworkSettings | undefined) => {
    configure({
        transports: [
            new transports.Console({
                level: env.log.level,
                handleExceptions: true,
                format: env.node !== 'development'
                    ? format.combine(
                        format.json()
                    )
                    : format.combine(
                        format.colorize(),
                        format.simple()
                    ),
            }),
        ],
    });
};
