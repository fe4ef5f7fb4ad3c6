// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_boot/pubSub.ts
import { makeModule } from '@/context';

import { makeEventEmitterPubSub } from '@/_lib/pubSub/EventEmitterPubSub';

import { asValue } from 'awilix';

import { Subscriber } from '@/_lib/events/Subscriber';

import { Publisher } from '@/_lib/events/Publisher';
