// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/loaders/iocLoader.ts
import { useContainer as classValidatorUseContainer } from 'class-validator';

import { MicroframeworkLoader, MicroframeworkSettings } from 'microframework-w3tec';

import { useContainer as routingUseContainer } from 'routing-controllers';

import { useContainer as typeGraphQLUseContainer } from 'type-graphql';

import { Container } from 'typedi';

import { useContainer as ormUseContainer } from 'typeorm';
