# excerpt of https://github.com/modern-python/fastapi-sqlalchemy-template@d1c46252a86e:app/application.py
import dataclasses

import typing

import modern_di

import modern_di_fastapi

from advanced_alchemy.exceptions import DuplicateKeyError

from lite_bootstrap import FastAPIBootstrapper

from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor

from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor

from app import exceptions, ioc

from app.api.decks import ROUTER

from app.settings import settings

if typing.TYPE_CHECKING:
    import fastapi

def include_routers(app: fastapi.FastAPI) -> None:
    app.include_router(ROUTER, prefix="/api")

def build_app() -> fastapi.FastAPI:
    di_container = modern_di.Container(groups=[ioc.Dependencies])
    bootstrap_config = dataclasses.replace(
        settings.api_bootstrapper_config,
        opentelemetry_instrumentors=[
            SQLAlchemyInstrumentor(),
            AsyncPGInstrumentor(capture_parameters=True),
        ],
    )
    bootstrapper = FastAPIBootstrapper(bootstrap_config=bootstrap_config)
    app: fastapi.FastAPI = bootstrapper.bootstrap()
    modern_di_fastapi.setup_di(app, di_container)
    include_routers(app)
    app.add_exception_handler(
        DuplicateKeyError,
        exceptions.duplicate_key_error_handler,  # ty: ignore[invalid-argument-type]
    )
    return app
