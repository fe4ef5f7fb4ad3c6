'use strict';
// The rules input must follow, checked before anything is stored. A Form reads the fields of one
// payload and collects every problem keyed by its field, so a request with three bad fields hears
// about all three in one ValidationFailed (422).
const { ValidationFailed } = require('./errors');

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const USERNAME = /^[A-Za-z0-9_-]{3,32}$/;
// Lengths in characters (code points, not UTF-16 units): field or rule -> [minimum, maximum].
const LENGTHS = {
  email: [1, 254],
  password: [8, 72],
  bio: [0, 1000],
  image: [0, 2000],
  title: [1, 120],
  description: [1, 255],
  body: [1, 20000],
  comment: [1, 5000],
  text: [1, 100000], // any other non-blank text
};
const MAX_TAGS = 10;
const MAX_TAG_LENGTH = 32;

const lengthOf = (text) => Array.from(text).length;

/** The payload when it is a JSON object; otherwise a 422 about the request body. */
function asObject(payload, what) {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new ValidationFailed(`${what} must be an object`);
  }
  return payload;
}

class Form {
  constructor(data) {
    this.data = data;
    this.problems = {};
  }

  has(field) {
    return Object.prototype.hasOwnProperty.call(this.data, field);
  }

  problem(field, message) {
    (this.problems[field] ||= []).push(message);
  }

  /**
   * The field's string; undefined when absent (null when null and `nullable`). A required field
   * must be there; a present one must be a string within LENGTHS[rule || field], and not blank
   * unless its minimum is 0.
   */
  text(field, { required = false, nullable = false, rule = field } = {}) {
    if (!this.has(field) || (nullable && this.data[field] === null)) {
      if (required) this.problem(field, "can't be blank");
      return this.has(field) ? null : undefined;
    }
    const value = this.data[field];
    if (typeof value !== 'string') {
      this.problem(field, 'must be a string');
      return undefined;
    }
    const [low, high] = LENGTHS[rule] || LENGTHS.text;
    if (low > 0 && value.trim() === '') this.problem(field, "can't be blank");
    else if (lengthOf(value) < low) this.problem(field, `is too short (minimum is ${low} characters)`);
    else if (lengthOf(value) > high) this.problem(field, `is too long (maximum is ${high} characters)`);
    return value;
  }

  /** A trimmed, well-formed email address. */
  email({ required = false } = {}) {
    const value = this.text('email', { required });
    if (typeof value !== 'string') return value;
    if (!this.problems.email && !EMAIL.test(value.trim())) this.problem('email', 'is invalid');
    return value.trim();
  }

  /** A trimmed username of 3 to 32 letters, digits, '_' or '-'. */
  username({ required = false } = {}) {
    const value = this.text('username', { required });
    if (typeof value !== 'string') return value;
    if (!this.problems.username && !USERNAME.test(value.trim())) {
      this.problem('username', "must be 3 to 32 letters, digits, '_' or '-'");
    }
    return value.trim();
  }

  /** null, "" or an http(s) URL. */
  image() {
    const value = this.text('image', { nullable: true });
    if (value && !this.problems.image && !/^https?:\/\//.test(value)) {
      this.problem('image', 'must be an http:// or https:// URL');
    }
    return value;
  }

  /** Distinct trimmed tags in the order given; absent or null gives []. */
  tags(field = 'tagList') {
    const value = this.data[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      this.problem(field, 'must be a list of strings');
      return [];
    }
    if (value.length > MAX_TAGS) this.problem(field, `has more than ${MAX_TAGS} tags`);
    const trimmed = value.map((item) => item.trim());
    if (trimmed.some((item) => item === '' || lengthOf(item) > MAX_TAG_LENGTH)) {
      this.problem(field, `tags must be 1 to ${MAX_TAG_LENGTH} characters`);
    }
    return [...new Set(trimmed)];
  }

  /** Throw every problem found so far as one ValidationFailed. */
  check() {
    if (Object.keys(this.problems).length) throw new ValidationFailed(this.problems);
  }
}

/** The object under `key` of a request body, e.g. {"user": {...}} -> {...}; 422 on `body` otherwise. */
function envelope(payload, key) {
  return asObject(asObject(payload, 'request body')[key], key);
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;

function pageOf(limit, offset) {
  const form = new Form({});
  const number = (value, name, fallback) => {
    if (value === undefined || value === null || value === '') return fallback;
    const text = String(value).trim();
    if (/^\d+$/.test(text)) return Number.parseInt(text, 10);
    form.problem(name, 'must be a non-negative integer');
    return fallback;
  };
  const page = { limit: Math.min(number(limit, 'limit', DEFAULT_LIMIT), MAX_LIMIT), offset: number(offset, 'offset', 0) };
  form.check();
  return page;
}

module.exports = { Form, asObject, envelope, pageOf };
