# excerpt of https://github.com/rhoboro/async-fastapi-sqlalchemy@6c08827241e9:app/models/base.py
from sqlalchemy import MetaData

from sqlalchemy.orm import DeclarativeBase

class Base(DeclarativeBase):
    __abstract__ = True
    # TODO: Remove ignore
    # https://github.com/sqlalchemy/sqlalchemy/issues/10264
    metadata = MetaData(naming_convention=convention)  # type: ignore

    def __repr__(self) -> str:
        columns = ", ".join(
            [f"{k}={repr(v)}" for k, v in self.__dict__.items() if not k.startswith("_")]
        )
        return f"<{self.__class__.__name__}({columns})>"
