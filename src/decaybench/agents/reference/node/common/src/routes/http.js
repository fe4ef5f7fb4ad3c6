'use strict';
// HTTP concerns every framework adapter shares: reading the token, running an endpoint,
// and turning domain errors into statuses and the {"errors": {"body": [...]}} shape.
const { DomainError, Unauthorized } = require('../services/errors');

const STATUS_OF_KIND = { validation: 422, unauthorized: 401, forbidden: 403, not_found: 404 };

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

function errorResponse(error) {
  if (error instanceof DomainError) {
    return { status: STATUS_OF_KIND[error.kind] || 500, body: errorBody(...error.messages) };
  }
  // Body parsers of the frameworks report malformed JSON in their own ways.
  if (
    (error && error.invalidJson) ||
    (error && error.type === 'entity.parse.failed') ||
    (error && error instanceof SyntaxError) ||
    (error && /JSON/i.test(String(error.code || '')))
  ) {
    return { status: 422, body: errorBody('request body is not valid JSON') };
  }
  const status = Number(error && (error.statusCode || error.status));
  if (status >= 400 && status < 500) {
    return { status, body: errorBody(String(error.message || 'bad request')) };
  }
  console.error(error);
  return { status: 500, body: errorBody('internal server error') };
}

/**
 * Run one endpoint for a request: resolve the viewer, call the service, pick the status.
 * `request` holds authorization (header value), params, query and readBody (async).
 */
async function runEndpoint(services, endpoint, request) {
  try {
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
    return { status: endpoint.status || 200, body: result };
  } catch (error) {
    return errorResponse(error);
  }
}

const notFoundResponse = () => ({ status: 404, body: errorBody('no such route') });

module.exports = { runEndpoint, errorResponse, notFoundResponse, parseJson, tokenFrom, InvalidJson };
