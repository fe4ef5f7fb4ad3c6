// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/utils/error.ts
import { HTTPException } from 'hono/http-exception';

import type { ContentfulStatusCode as StatusCode } from 'hono/utils/http-status';

export type ErrorCode =
  | 'AUTH_001'
  | 'AUTH_002'
  | 'AUTH_003' // Authentication errors
  | 'VALID_001'
  | 'VALID_002' // Validation errors
  | 'DB_001'
  | 'DB_002'
  | 'DB_003' // Database errors
  | 'EXT_001'
  | 'EXT_002' // External service errors
  | 'BIZ_001'
  | 'BIZ_002' // Business logic errors
  | 'SYS_001'
  | 'SYS_002' // System errors
  | 'RATE_001';

export class ApiError extends Error {
  constructor(
    public message: string,
    public statusCode: StatusCode,
    public errorCode?: ErrorCode,
    public details?: any,
    public isOperational = true
  ) {
    super(message);
    this.name = 'ApiError';
    this.cause = details;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
}

export interface ApiErrorResponse {
  success: false;
  message: string;
  error?: ErrorCode;
  errors?: ValidationIssue[];
  details?: ValidationIssue[] | Record<string, unknown>;
  timestamp: string;
}

function isServerErrorStatus(statusCode: number): boolean {
  return statusCode >= 500;
}

function getSafeMessage(statusCode: number, message?: string): string {
  if (isServerErrorStatus(statusCode)) {
    return GENERIC_SERVER_ERROR_MESSAGE;
  }

  if (message && message.trim().length > 0) {
    return message;
  }

  return GENERIC_CLIENT_ERROR_MESSAGE;
}

export function errorHttp(
  message: string,
  statusCode: StatusCode = 500,
  errorCode?: ErrorCode,
  details?: any
): never {
  throw new ApiError(message, statusCode, errorCode, details);
}

export function createErrorResponse(error: unknown): ApiErrorResponse {
  const timestamp = new Date().toISOString();
  // Never send stack traces to clients (security); stack is logged server-side only.

  if (error instanceof ApiError) {
    if (error.errorCode === 'VALID_001') {
      return {
        success: false,
        message: getSafeMessage(error.statusCode, error.message),
        error: error.errorCode,
        errors: normalizeValidationIssues(error.details),
        timestamp,
      };
    }

    const body: ApiErrorResponse = {
      success: false,
      message: getSafeMessage(error.statusCode, error.message),
      timestamp,
    };
    if (error.errorCode) {
      body.error = error.errorCode;
    }
    if (error.details !== undefined && error.details !== null) {
      body.details = error.details;
    }
    return body;
  }

  if (error instanceof HTTPException) {
    return {
      success: false,
      message: getSafeMessage(error.status, error.message),
      timestamp,
    };
  }

  const errorMessage = error instanceof Error ? error.message : undefined;
  if (!(error instanceof ApiError) && !(error instanceof HTTPException)) {
    console.error('Unexpected error:', error);
  }
  return {
    success: false,
    message: getSafeMessage(500, errorMessage),
    timestamp,
  };
}

export const Errors = {
  // Authentication errors
  Unauthorized: () => errorHttp('Unauthorized', 401, 'AUTH_001'),
  Forbidden: () => errorHttp('Forbidden', 403, 'AUTH_002'),
  InvalidCredentials: () => errorHttp('Invalid credentials', 401, 'AUTH_003'),

  // Validation errors
  ValidationFailed: (details: any) => errorHttp('Validation failed', 400, 'VALID_001', details),
  InvalidInput: (field: string, message: string) =>
    errorHttp(`Invalid ${field}: ${message}`, 400, 'VALID_002'),

  // Database errors
  NotFound: (entity: string) => errorHttp(`${entity} not found`, 404, 'DB_001'),
  DatabaseError: (details: any) => errorHttp('Database operation failed', 500, 'DB_002', details),

  // External service errors
  ExternalServiceError: (service: string) => errorHttp(`${service} service error`, 503, 'EXT_001'),

  // Business logic errors
  BusinessRuleViolation: (rule: string) =>
    errorHttp(`Business rule violation: ${rule}`, 409, 'BIZ_001'),

  // Rate limiting
  TooManyRequests: (retryAfter = 60) =>
    errorHttp('Too many requests', 429, 'RATE_001', { retry_after: retryAfter }),

  // System errors
  InternalServerError: () => errorHttp('Internal server error', 500, 'SYS_001'),
  ServiceUnavailable: () => errorHttp('Service unavailable', 503, 'SYS_002'),
};
