from fastapi import FastAPI

from db import init_schema
from routes.users import domain_error_handler, router
from services.errors import DomainError

init_schema()
app = FastAPI()
app.include_router(router)
app.add_exception_handler(DomainError, domain_error_handler)
