const { HTTPException } = require('hono/http-exception');

class DomainError extends HTTPException {
  constructor(kind, field, message) {
    super({ invalid: 422, conflict: 409, unauthorized: 401 }[kind], { message });
    this.kind = kind;
    this.field = field;
  }
}

const invalid = (field, message) => new DomainError('invalid', field, message);
const conflict = (field) => new DomainError('conflict', field, 'has already been taken');
const unauthorized = () => new DomainError('unauthorized', 'body', 'invalid credentials');

module.exports = { DomainError, invalid, conflict, unauthorized };
