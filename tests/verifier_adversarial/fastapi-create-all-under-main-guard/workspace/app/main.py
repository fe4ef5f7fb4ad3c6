from fastapi import FastAPI

from app.routes.api import domain_error_handler, router
from app.services.errors import DomainError

app = FastAPI(title="Conduit")


app.add_exception_handler(DomainError, domain_error_handler)
app.include_router(router)
