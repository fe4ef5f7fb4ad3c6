// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/middleware/authorization.middleware.js
import passport from 'passport';

import { accessControl as grantsList } from '../configs';

import { AccessControl } from 'accesscontrol';

const authorization = (request, response, next) => {

  passport.authenticate('jwt', async (error, user, info) => {

    try {
      if (error || !user) {
        const error = new Error(`AUTHORIZATION ERROR: ${info.message}.`);
        error.statusCode = 401;
        throw error;
      }

      // Custom callback so we can add user to the request object and customise the error message
      request.login(user, { session: false }, async (error) => {
        if (error) throw error;

        return next();
      });
    } catch (error) {
      return next(error);
    }
  })(request, response, next);
};
