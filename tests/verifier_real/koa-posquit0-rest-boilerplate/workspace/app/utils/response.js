// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/utils/response.js
class Response {
  static get STATUS_CODES() {
    return STATUS_CODES;
  }

  static success(ctx, params = {}) {
    ctx.status = params.statusCode || ctx.status;
    if (ctx.status >= 400) {
      ctx.status = this.STATUS_CODES.OK;
    }
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static fail(ctx, params = {}) {
    ctx.status = params.statusCode || ctx.status;
    if (ctx.status < 400 || ctx.status >= 500) {
      ctx.status = this.STATUS_CODES.BAD_REQUEST;
    }
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static error(ctx, params = {}) {
    ctx.status = params.statusCode || ctx.status;
    if (ctx.status < 500) {
      ctx.status = this.STATUS_CODES.INTERNAL_SERVER_ERROR;
    }
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static ok(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.OK;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static created(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.CREATED;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static accepted(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.ACCEPTED;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static noContent(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.NO_CONTENT;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static badRequest(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.BAD_REQUEST;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static unauthorized(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.UNAUTHORIZED;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static forbidden(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.FORBIDDEN;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static notFound(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.NOT_FOUND;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static notAcceptable(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.NOT_ACCEPTABLE;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static requestTimeout(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.REQUEST_TIMEOUT;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static conflict(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.CONFLICT;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static requestEntityTooLarge(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.REQUEST_ENTITY_TOO_LARGE;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static unsupportedMediaType(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.UNSUPPORTED_MEDIA_TYPE;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static unprocessableEntity(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.UNPROCESSABLE_ENTITY;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static tooManyRequests(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.TOO_MANY_REQUESTS;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static internalServerError(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.INTERNAL_SERVER_ERROR;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static notImplemented(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.NOT_IMPLEMENTED;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static badGateway(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.BAD_GATEWAY;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static serviceUnavailable(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.SERVICE_UNAVAILABLE;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }

  static gatewayTimeout(ctx, params = {}) {
    ctx.status = this.STATUS_CODES.GATEWAY_TIMEOUT;
    ctx.body = toResponse(ctx.status, params);
    return ctx.body;
  }
}
