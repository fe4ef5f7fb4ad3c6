'use strict';
// Domain errors: services throw these; the routes layer maps each kind to an HTTP status.

class DomainError extends Error {
  constructor(kind, messages) {
    const list = Array.isArray(messages) ? messages : [messages];
    super(list.join('; '));
    this.kind = kind;
    this.messages = list;
  }
}

class ValidationFailed extends DomainError {
  constructor(...messages) {
    super('validation', messages.length ? messages : ['request is invalid']);
  }
}

class Unauthorized extends DomainError {
  constructor(message = 'authentication required') {
    super('unauthorized', message);
  }
}

class Forbidden extends DomainError {
  constructor(message = 'forbidden') {
    super('forbidden', message);
  }
}

class NotFound extends DomainError {
  constructor(message = 'not found') {
    super('not_found', message);
  }
}

module.exports = { DomainError, ValidationFailed, Unauthorized, Forbidden, NotFound };
