// excerpt of https://github.com/Osaroigb/Bank-Account-Management-API@3da94c0f3ee4:src/errors/ResourceNotFoundError.ts
import DomainError from './DomainError';

export class ResourceNotFoundError extends DomainError {
  protected httpCode = 404;
  protected error_name = 'notFound';

  public constructor(message = 'Resource not found', error?: Error, data?: any) {
    super(message, error, data, false);
    Error.captureStackTrace(this, this.constructor);
  }
}
