// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/api/errors/UserNotFoundError.ts
import { HttpError } from 'routing-controllers';

export class UserNotFoundError extends HttpError {
    constructor() {
        super(404, 'User not found!');
    }
}
