from aiohttp import web


class ServiceError(web.HTTPUnprocessableEntity):
    """Use-case failures double as HTTP errors so handlers can simply let them propagate."""

    def __init__(self, message: str) -> None:
        super().__init__(text=message)
        self.message = message
        self.status = self.status_code


class NotFound(ServiceError, web.HTTPNotFound):
    status_code = 404


class Forbidden(ServiceError, web.HTTPForbidden):
    status_code = 403
