from fastapi import FastAPI

from db import SessionLocal, init_schema
from app.repositories.users import UserRepository
from app.routes.users import domain_error_handler, make_router
from app.services.errors import DomainError
from app.services.users import UserService

init_schema()
app = FastAPI()
app.include_router(make_router(UserService(UserRepository(SessionLocal))))
app.add_exception_handler(DomainError, domain_error_handler)
