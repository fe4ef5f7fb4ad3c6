// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/api/errors/PetNotFoundError.ts
import { HttpError } from 'routing-controllers';

export class PetNotFoundError extends HttpError {
    constructor() {
        super(404, 'Pet not found!');
    }
}
