// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/api/middlewares/SecurityMiddleware.ts
import * as express from 'express';

import helmet from 'helmet';

import { ExpressMiddlewareInterface, Middleware } from 'routing-controllers';

@Middleware({ type: 'before' })
export class SecurityMiddleware implements ExpressMiddlewareInterface {

    public use(req: express.Request, res: express.Response, next: express.NextFunction): any {
        return helmet()(req, res, next);
    }

}
