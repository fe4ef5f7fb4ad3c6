// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/middlewares/logger.ts
import { createMiddleware } from 'hono/factory';

export interface LogEntry {
  level: LogLevel;
  message: string;
  timestamp: string;
  context?: LogContext;
  error?: Error;
}

let currentLevel: LogLevel = (process.env['LOG_LEVEL'] as LogLevel) || 'info';

interface Logger {
  error: (message: string, context?: LogContext, error?: Error) => void;
  warn: (message: string, context?: LogContext) => void;
  info: (message: string, context?: LogContext) => void;
  http: (message: string, context?: LogContext) => void;
  debug: (message: string, context?: LogContext) => void;
  withContext: (context: LogContext) => Logger;
}

class StandardLogger implements Logger {
  constructor(private baseContext: LogContext = {}) {}

  private shouldLog(level: LogLevel): boolean {
    return LEVELS[level] <= LEVELS[currentLevel];
  }

  private formatLog(entry: LogEntry): string {
    return JSON.stringify({
      timestamp: entry.timestamp,
      level: entry.level.toUpperCase(),
      message: entry.message,
      ...entry.context,
      ...(entry.error ? { error: entry.error.message, stack: entry.error.stack } : {}),
    });
  }

  private log(level: LogLevel, message: string, context?: LogContext, error?: Error): void {
    if (!this.shouldLog(level)) return;

    const entry: LogEntry = {
      level,
      message,
      timestamp: new Date().toISOString(),
      context: { ...this.baseContext, ...context },
      error,
    };

    const formattedLog = this.formatLog(entry);
    const logFn = level === 'error' ? console.error : level === 'warn' ? console.warn : console.log;
    logFn(formattedLog);
  }

  error(message: string, context?: LogContext, error?: Error): void {
    this.log('error', message, context, error);
  }

  warn(message: string, context?: LogContext): void {
    this.log('warn', message, context);
  }

  info(message: string, context?: LogContext): void {
    this.log('info', message, context);
  }

  http(message: string, context?: LogContext): void {
    this.log('http', message, context);
  }

  debug(message: string, context?: LogContext): void {
    this.log('debug', message, context);
  }

  withContext(context: LogContext): Logger {
    return new StandardLogger({ ...this.baseContext, ...context });
  }
}

export const getLogger = (context?: LogContext): Logger => {
  return context ? logger.withContext(context) : logger;
};

export const loggingMiddleware = createMiddleware(async (c, next) => {
  const start = Date.now();

  const path = c.req.path;
  const method = c.req.method;
  const userAgent = c.req.header('user-agent');

  const requestContext: LogContext = {
    method,
    path,
    userAgent,
    ip: c.req.header('x-forwarded-for') || c.req.header('x-real-ip') || 'unknown',
  };

  const requestLogger = getLogger(requestContext);

  requestLogger.debug('Request started', {
    method,
    path,
    userAgent,
  });

  try {
    await next();
  } catch (error) {
    const latency = Date.now() - start;
    const errorContext: LogContext = {
      ...requestContext,
      statusCode: 500,
    };

    requestLogger.error(`Request failed - ${latency}ms`, errorContext, error as Error);
    throw error;
  }

  const latency = Date.now() - start;
  const status = c.res.status;
  const responseContext: LogContext = {
    ...requestContext,
    statusCode: status,
  };

  const statusLevel = getStatusLevel(status);
  const message = `${method} ${path} ${status} - ${latency}ms`;

  switch (statusLevel) {
    case 'error':
      requestLogger.error(message, responseContext);
      break;
    case 'warn':
      requestLogger.warn(message, responseContext);
      break;
    case 'http':
      requestLogger.http(message, responseContext);
      break;
    default:
      requestLogger.info(message, responseContext);
  }
});
