export class ApiError extends Error {
  constructor(status, key, message) {
    super(message);
    this.status = status;
    this.key = key;
  }

  toJSON() {
    return { errors: { [this.key]: [this.message] } };
  }
}

export const invalid = (key, message) => new ApiError(422, key, message);
export const unauthorized = (message = 'missing or invalid token') => new ApiError(401, 'body', message);
export const forbidden = () => new ApiError(403, 'body', 'forbidden');
export const notFound = (what) => new ApiError(404, 'body', `${what} not found`);
