from fastapi import FastAPI

from db import SessionLocal, init_schema
from repositories.users import UserRepository
from routes.context import router as context_router, session_per_request
from routes.users import domain_error_handler, make_router
from services.errors import DomainError
from services.users import UserService

init_schema()
app = FastAPI()
app.include_router(make_router(UserService(UserRepository(SessionLocal))))
app.include_router(context_router)
app.middleware("http")(session_per_request)
app.add_exception_handler(DomainError, domain_error_handler)
