// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_lib/pubSub/EventEmitterProvider.ts
import { makeEventProvider } from '@/_lib/events/EventProvider';

import { key } from '@/_lib/pubSub/EventEmitterPubSub';
