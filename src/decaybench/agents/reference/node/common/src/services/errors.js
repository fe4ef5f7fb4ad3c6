'use strict';
// Domain errors: services throw these; the routes layer maps each kind to an HTTP status.
// Each error carries its problems keyed by what they are about: the request field for invalid
// input ({ email: ['is invalid'] }), `body` for everything else, so the routes answer with the
// API's {"errors": {key: [messages]}} envelope unchanged.

/** { key: [messages] } from one message (about the request as a whole: key `body`) or such an object. */
function problemsOf(problems, fallback) {
  if (typeof problems === 'string') return { body: [problems || fallback] };
  const keyed = {};
  for (const [key, messages] of Object.entries(problems || {})) {
    keyed[key] = Array.isArray(messages) ? [...messages] : [String(messages)];
  }
  return Object.keys(keyed).length ? keyed : { body: [fallback] };
}

class DomainError extends Error {
  constructor(kind, problems, fallback = 'request failed') {
    const keyed = problemsOf(problems, fallback);
    const messages = Object.entries(keyed).flatMap(([key, list]) =>
      list.map((message) => (key === 'body' ? message : `${key} ${message}`)),
    );
    super(messages.join('; '));
    this.kind = kind;
    this.problems = keyed;
    this.messages = messages; // every problem as a sentence, for the base contract's errors.body
  }
}

/** Invalid input: `new ValidationFailed({ email: ['is invalid'] })` or a message about the body. */
class ValidationFailed extends DomainError {
  constructor(problems = 'request is invalid') {
    super('validation', problems, 'request is invalid');
  }
}

/** A username or email another user already has, under an error contract that calls it a conflict. */
class Conflict extends DomainError {
  constructor(problems = 'conflicts with existing data') {
    super('conflict', problems, 'conflicts with existing data');
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

/** Too many attempts from one client; `retryAfterSeconds` until the next one is allowed. */
class TooManyRequests extends DomainError {
  constructor(retryAfterSeconds, message = 'too many login attempts, try again later') {
    super('too_many_requests', message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

module.exports = { DomainError, ValidationFailed, Conflict, Unauthorized, Forbidden, NotFound, TooManyRequests };
