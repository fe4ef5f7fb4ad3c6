class DomainError extends Error {
  constructor(kind, field, message) {
    super(message);
    this.kind = kind;
    this.field = field;
  }
}

const invalid = (field, message) => new DomainError('invalid', field, message);
const conflict = (field) => new DomainError('conflict', field, 'has already been taken');
const unauthorized = () => new DomainError('unauthorized', 'body', 'invalid credentials');

module.exports = { DomainError, invalid, conflict, unauthorized };
