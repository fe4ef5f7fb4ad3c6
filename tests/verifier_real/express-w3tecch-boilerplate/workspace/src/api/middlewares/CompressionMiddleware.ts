// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/api/middlewares/CompressionMiddleware.ts
import compression from 'compression';

import * as express from 'express';

import { ExpressMiddlewareInterface, Middleware } from 'routing-controllers';

@Middleware({ type: 'before' })
export class CompressionMiddleware implements ExpressMiddlewareInterface {

    public use(req: express.Request, res: express.Response, next: express.NextFunction): any {
        return compression()(req, res, next);
    }

}
