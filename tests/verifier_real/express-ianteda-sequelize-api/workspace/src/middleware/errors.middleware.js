// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/middleware/errors.middleware.js
import { logger } from '../utils';

const errors = (error, request, response, next) => {
  //  Log error
  logger.error(error.message);

  // Error response
  response
    .status(error.statusCode || 500)
    .json({
      status: error.statusCode || 500,
      message: error.message || 'REQUEST ERROR',
    });
};
