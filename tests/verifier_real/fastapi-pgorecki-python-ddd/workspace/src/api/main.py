# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/api/main.py
import time

from fastapi import FastAPI, Request

from fastapi.responses import JSONResponse

from pydantic import ValidationError

from api.dependencies import oauth2_scheme  # noqa

from api.routers import bidding, catalog, diagnostics, iam

from config.api_config import ApiConfig

from config.container import ApplicationContainer

from seedwork.domain.exceptions import DomainException, EntityNotFoundException

from seedwork.infrastructure.database import Base

from seedwork.infrastructure.logging import LoggerFactory, logger

logger.info(f"using db engine {db_engine}, creating tables")

app.include_router(catalog.router)

app.include_router(bidding.router)

app.include_router(iam.router)

app.include_router(diagnostics.router)

app.container = container  # type: ignore

async def pydantic_validation_exception_handler(request: Request, exc: ValidationError):
    return JSONResponse(
        status_code=422,
        content={
            "detail": exc.errors(),
        },
    )

try:
    import uuid

    from modules.iam.application.services import IamService

    with container.application().transaction_context() as ctx:
        iam_service = ctx[IamService]
        iam_service.create_user(
            user_id=uuid.UUID(int=1),
            email="user1@example.com",
            password="password",
            access_token="token",
        )
except ValueError as e:
    ...

async def domain_exception_handler(request: Request, exc: DomainException):
    if container.config.DEBUG:
        raise exc

    return JSONResponse(
        status_code=500,
        content={"message": f"Oops! {exc} did something. There goes a rainbow..."},
    )

async def entity_not_found_exception_handler(
    request: Request, exc: EntityNotFoundException
):
    return JSONResponse(
        status_code=404,
        content={
            "message": f"Entity {exc.kwargs} not found in {exc.repository.__class__.__name__}"
        },
    )
