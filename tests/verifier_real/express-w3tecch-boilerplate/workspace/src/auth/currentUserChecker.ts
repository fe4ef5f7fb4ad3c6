// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/auth/currentUserChecker.ts
import { Action } from 'routing-controllers';

import { Connection } from 'typeorm';

import { User } from '../api/models/User';

export function currentUserChecker(connection: Connection): (action: Action) => Promise<User | undefined> {
    return async function innerCurrentUserChecker(action: Action): Promise<User | undefined> {
        return action.request.user;
    };
}
