// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_lib/pubSub/EventEmitterConsumer.ts
import { makeEventConsumer } from '@/_lib/events/EventConsumer';

import { key } from '@/_lib/pubSub/EventEmitterPubSub';
