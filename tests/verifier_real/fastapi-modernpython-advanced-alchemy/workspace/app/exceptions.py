# excerpt of https://github.com/modern-python/fastapi-sqlalchemy-template@d1c46252a86e:app/exceptions.py
from typing import TYPE_CHECKING

from fastapi.responses import JSONResponse

from starlette import status

if TYPE_CHECKING:
    from advanced_alchemy.exceptions import DuplicateKeyError
    from starlette.requests import Request

async def duplicate_key_error_handler(_: Request, exc: DuplicateKeyError) -> JSONResponse:
    return JSONResponse(
        status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        content={"detail": exc.detail},
    )
