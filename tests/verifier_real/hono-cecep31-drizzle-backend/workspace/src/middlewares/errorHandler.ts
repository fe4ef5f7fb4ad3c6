// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/middlewares/errorHandler.ts
import type { Context } from 'hono';

import { HTTPException } from 'hono/http-exception';

import { ApiError, createErrorResponse } from '../utils/error';

import { getLogger } from './logger';

export const errorHandler = () => {
  return async (err: unknown, c: Context) => {
    // Log the error with context
    logError(err, c, getLogger());

    // Create standardized error response
    const errorResponse = createErrorResponse(err);

    // Determine status code
    let statusCode = 500;
    if (err instanceof ApiError) {
      statusCode = err.statusCode;
    } else if (err instanceof HTTPException) {
      statusCode = err.status;
    }

    // Return JSON response
    return c.json(errorResponse, statusCode as any);
  };
};

function logError(err: unknown, c: Context, logger: any) {
  const errorContext = {
    method: c.req.method,
    path: c.req.path,
    timestamp: new Date().toISOString(),
    userAgent: c.req.header('User-Agent') || 'unknown',
  };

  if (err instanceof ApiError) {
    logger.log({
      ...errorContext,
      errorType: 'ApiError',
      errorCode: err.errorCode,
      message: err.message,
      details: err.details,
      isOperational: err.isOperational,
    });
  } else if (err instanceof HTTPException) {
    logger.log({
      ...errorContext,
      errorType: 'HTTPException',
      statusCode: err.status,
      message: err.message,
    });
  } else if (err instanceof Error) {
    logger.log({
      ...errorContext,
      errorType: 'Error',
      message: err.message,
      stack: err.stack,
    });
  } else {
    logger.log({
      ...errorContext,
      errorType: 'Unknown',
      error: err,
    });
  }
}

export function withErrorHandling(handler: (c: Context) => Promise<Response>) {
  return async (c: Context) => {
    try {
      return await handler(c);
    } catch (error) {
      const errHandler = errorHandler();
      return errHandler(error, c);
    }
  };
}
