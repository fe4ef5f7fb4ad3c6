// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/api/subscribers/UserEventSubscriber.ts
import { EventSubscriber, On } from 'event-dispatch';

import { Logger } from '../../lib/logger';

import { User } from '../models/User';

import { events } from './events';

@EventSubscriber()
export class UserEventSubscriber {

    @On(events.user.created)
    public onUserCreate(user: User): void {
        log.info('User ' + user.toString() + ' created!');
    }

}
