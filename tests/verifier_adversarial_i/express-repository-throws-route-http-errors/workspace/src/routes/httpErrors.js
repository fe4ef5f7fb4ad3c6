import { AppError } from '../services/errors.js';

export function httpError(status, field, message) {
  return new AppError(status, { [field]: [message] });
}

export function notFound(what) {
  return httpError(404, what, 'not found');
}

export function unprocessable(field, message) {
  return httpError(422, field, message);
}
