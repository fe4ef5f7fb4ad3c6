// excerpt of https://github.com/ckvv/koa-sequelize-template@b47a9fa2df15:app/middleware/reslogger.js
const CustomError = require('../utils/customError');

const { logger } = require('../utils/log4js');

const reslogger = () => async (ctx, next) => {
  const start = Date.now();

  try {
    await next();
  } catch (error) {
    if (error instanceof CustomError) {
      return ctx.error(error, error.message);
    }

    logger.error(error);
    return ctx.error();
  } finally {
    logger.info(`${ctx.method} ${ctx.url} - ${Date.now() - start}ms`);
  }
};
