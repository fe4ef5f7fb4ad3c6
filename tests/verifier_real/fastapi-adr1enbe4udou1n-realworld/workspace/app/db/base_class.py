# excerpt of adr1enbe4udou1n/fastapi-realworld-example-app@243262143c64:app/db/base_class.py
from typing import Any

from sqlalchemy.orm import DeclarativeBase

class Base(DeclarativeBase):
    id: Any
