# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/api/errors/http_error.py
from fastapi import HTTPException

from starlette.requests import Request

from starlette.responses import JSONResponse

async def http_error_handler(_: Request, exc: HTTPException) -> JSONResponse:
    return JSONResponse({"errors": [exc.detail]}, status_code=exc.status_code)
