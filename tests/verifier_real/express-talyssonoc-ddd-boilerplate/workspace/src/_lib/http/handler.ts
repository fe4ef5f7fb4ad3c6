// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_lib/http/handler.ts
import { RequestHandler } from 'express';

import { asFunction } from 'awilix';

import { AsyncHandler, runAsync } from '@/_lib/http/runAsync';

const handler = (handler: ControllerHandler): RequestHandler => {
  const resolver = asFunction(handler);

  return (req, res, next) => {
    if (!('container' in req)) {
      throw new Error("Can't find the request container! Have you registered the `requestContainer` middleware?");
    }

    const injectedHandler = req.container.build(resolver);

    return runAsync(injectedHandler)(req, res, next);
  };
};
