"""Declarative base shared by every entity."""

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass
