from fastapi import FastAPI

from app.db import engine
from app.models import Base
from app.routes.api import domain_error_handler, router
from app.services.errors import DomainError

app = FastAPI(title="Conduit")


@app.on_event("startup")
def create_schema() -> None:
    Base.metadata.create_all(bind=engine)


app.add_exception_handler(DomainError, domain_error_handler)
app.include_router(router)
