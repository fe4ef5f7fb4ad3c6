// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/api/middlewares/SecurityNoCacheMiddleware.ts
import * as express from 'express';

import * as helmet from 'helmet';

import { ExpressMiddlewareInterface, Middleware } from 'routing-controllers';

@Middleware({ type: 'before' })
export class SecurityNoCacheMiddleware implements ExpressMiddlewareInterface {

    public use(req: express.Request, res: express.Response, next: express.NextFunction): any {
        return helmet.noCache()(req, res, next);
    }

}
