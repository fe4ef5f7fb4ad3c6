// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/api/middlewares/SecurityHstsMiddleware.ts
import * as express from 'express';

import * as helmet from 'helmet';

import { ExpressMiddlewareInterface, Middleware } from 'routing-controllers';

@Middleware({ type: 'before' })
export class SecurityHstsMiddleware implements ExpressMiddlewareInterface {

    public use(req: express.Request, res: express.Response, next: express.NextFunction): any {
        return helmet.hsts({
            maxAge: 31536000,
            includeSubdomains: true,
        })(req, res, next);
    }

}
