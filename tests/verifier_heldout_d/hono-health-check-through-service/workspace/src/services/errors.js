export class AppError extends Error {
  constructor(status, message, key = 'body') {
    super(message);
    this.status = status;
    this.key = key;
  }

  toJSON() {
    return { errors: { [this.key]: [this.message] } };
  }
}

export const validation = (key, message = "can't be blank") => new AppError(422, message, key);
export const unauthorized = (message = 'unauthorized') => new AppError(401, message);
export const forbidden = (message = 'forbidden') => new AppError(403, message);
export const notFound = (message = 'not found') => new AppError(404, message);
