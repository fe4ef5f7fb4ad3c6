import os
from fastapi import FastAPI
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app.models.user import Base
from app.repositories.users import UserRepository
from app.routes.users import router
from app.services.registration import RegistrationService

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///app.db"))
Base.metadata.create_all(engine)
app = FastAPI()
app.state.registration = RegistrationService(UserRepository(sessionmaker(engine)))
app.include_router(router, prefix="/api")
