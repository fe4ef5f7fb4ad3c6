import logging
from contextvars import ContextVar

request_id: ContextVar[str] = ContextVar("request_id", default="-")
log = logging.getLogger("conduit.audit")


def record(event, **fields):
    log.info("%s %s %s", request_id.get(), event, fields)
