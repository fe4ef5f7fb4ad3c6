'use strict';
// HTTP concerns every framework adapter shares: reading the token and the body, running an
// endpoint, and turning domain errors into statuses, headers and the {"errors": {...}} shape.
const { DomainError, Unauthorized } = require('../services/errors');
const { errorsByField } = require('../config');

const STATUS_OF_KIND = {
  validation: 422,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  too_many_requests: 429,
};

class InvalidJson extends Error {
  constructor() {
    super('request body is not valid JSON');
    this.invalidJson = true;
  }
}

function errorBody(...messages) {
  return { errors: { body: messages } };
}

/** The JWT of an `Authorization: Token <jwt>` header; null when absent. */
function tokenFrom(header) {
  if (header === undefined || header === null || header === '') return null;
  const match = /^(?:Token|Bearer)\s+(\S+)\s*$/i.exec(String(header));
  if (!match) throw new Unauthorized('authorization header must be "Token <jwt>"');
  return match[1];
}

/** Parse a raw request body; empty means "no body". */
function parseJson(text) {
  if (text === undefined || text === null || String(text).trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidJson();
  }
}

/** { status, body, headers } for an error thrown while handling a request. */
function errorResponse(error) {
  if (error instanceof DomainError) {
    const headers = {};
    // Whole seconds until the client may try again (RFC 9110 Retry-After).
    if (error.retryAfterSeconds !== undefined) headers['Retry-After'] = String(error.retryAfterSeconds);
    // Keyed by field under an error contract; the base contract puts every message under body.
    const errors = errorsByField ? error.problems : { body: error.messages };
    return { status: STATUS_OF_KIND[error.kind] || 500, body: { errors }, headers };
  }
  // Body parsers of the frameworks report malformed JSON in their own ways.
  if (
    (error && error.invalidJson) ||
    (error && error.type === 'entity.parse.failed') ||
    (error && error instanceof SyntaxError) ||
    (error && /JSON/i.test(String(error.code || '')))
  ) {
    return { status: 422, body: errorBody('request body is not valid JSON'), headers: {} };
  }
  const status = Number(error && (error.statusCode || error.status));
  if (status >= 400 && status < 500) {
    return { status, body: errorBody(String(error.message || 'bad request')), headers: {} };
  }
  console.error(error);
  return { status: 500, body: errorBody('internal server error'), headers: {} };
}

/**
 * Run one endpoint for a request: admit it (rate limits), resolve the viewer, read the body,
 * call the service, pick the status. `request` holds client (the remote address of the
 * connection), authorization (header value), params, query and readBody (async; a body that
 * failed to parse throws there, so the attempt was admitted and counted first).
 */
async function runEndpoint(services, endpoint, request) {
  try {
    if (endpoint.admit) endpoint.admit(services, { client: request.client });
    let viewer = null;
    if (endpoint.auth !== 'none') {
      viewer = await services.users.viewerId(tokenFrom(request.authorization));
      if (endpoint.auth === 'required' && viewer === null) throw new Unauthorized();
    }
    const body = request.readBody ? await request.readBody() : undefined;
    const result = await endpoint.call(services, {
      viewer,
      params: request.params || {},
      query: request.query || {},
      body,
    });
    return { status: endpoint.status || 200, body: result, headers: {} };
  } catch (error) {
    return errorResponse(error);
  }
}

const notFoundResponse = () => ({ status: 404, body: errorBody('no such route'), headers: {} });

module.exports = { runEndpoint, errorResponse, notFoundResponse, parseJson, tokenFrom, InvalidJson };
