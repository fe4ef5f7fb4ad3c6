'use strict';
// Checks on the fields of a request payload; every failure is a ValidationFailed (422).
const { ValidationFailed } = require('./errors');

function asObject(payload, what) {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new ValidationFailed(`${what} must be an object`);
  }
  return payload;
}

function requiredText(data, field) {
  const value = data[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationFailed(`${field} can't be blank`);
  }
  return value;
}

/** The field's value when present, undefined when absent; blank fails unless blankOk. */
function optionalText(data, field, { blankOk = false } = {}) {
  if (!(field in data)) return undefined;
  const value = data[field];
  if (blankOk && (value === null || value === '')) return null;
  if (typeof value !== 'string' || (!blankOk && value.trim() === '')) {
    throw new ValidationFailed(`${field} can't be blank`);
  }
  return value;
}

/** Distinct non-blank strings in the order given; absent or null gives []. */
function textList(data, field) {
  const value = data[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new ValidationFailed(`${field} must be a list of strings`);
  }
  const distinct = [];
  for (const raw of value) {
    const item = raw.trim();
    if (item && !distinct.includes(item)) distinct.push(item);
  }
  return distinct;
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 500;

function pageOf(limit, offset) {
  const number = (value, name, fallback) => {
    if (value === undefined || value === null || value === '') return fallback;
    const text = String(value).trim();
    if (!/^\d+$/.test(text)) throw new ValidationFailed(`${name} must be a non-negative integer`);
    return Number.parseInt(text, 10);
  };
  return {
    limit: Math.min(number(limit, 'limit', DEFAULT_LIMIT), MAX_LIMIT),
    offset: number(offset, 'offset', 0),
  };
}

module.exports = { asObject, requiredText, optionalText, textList, pageOf };
