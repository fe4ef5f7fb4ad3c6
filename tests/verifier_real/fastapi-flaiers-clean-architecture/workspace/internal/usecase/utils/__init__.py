# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:internal/usecase/utils/__init__.py
from .exception_handlers import (
    database_error_handler,
    database_not_found_handler,
    http_exception_handler,
)

from .mocks import get_session

from .responses import (
    ResponseExample,
    ResponseSchema,
    SuccessfulResponse,
)
