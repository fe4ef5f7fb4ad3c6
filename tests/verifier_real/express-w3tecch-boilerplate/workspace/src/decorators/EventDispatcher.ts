// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/decorators/EventDispatcher.ts
import { EventDispatcher as EventDispatcherClass } from 'event-dispatch';

import { Container } from 'typedi';

export { EventDispatcher as EventDispatcherInterface } from 'event-dispatch';
