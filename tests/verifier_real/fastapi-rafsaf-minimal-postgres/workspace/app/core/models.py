# excerpt of rafsaf/minimal-fastapi-postgres-template@5a39f65b1fc3:app/core/models.py
from sqlalchemy.orm import DeclarativeBase

class Base(DeclarativeBase):
    pass
