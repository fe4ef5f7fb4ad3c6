// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_lib/pubSub/EventEmitterPubSub.ts
import { Publisher } from '@/_lib/events/Publisher';

import { Subscriber, SubscriberOptions } from '@/_lib/events/Subscriber';

import { EventEmitter } from 'stream';
