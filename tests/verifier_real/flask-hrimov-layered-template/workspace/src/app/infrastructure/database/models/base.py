# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/infrastructure/database/models/base.py
import datetime

from sqlalchemy import func, MetaData

from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, registry

class BaseModel(DeclarativeBase):
    registry = mapper_registry
    metadata = mapper_registry.metadata

class CreatedUpdatedAtMixin(BaseModel):
    """
    A model mixin that adds `created_at` and `updated_at` timestamp fields
    """
    __abstract__ = True

    created_at: Mapped[datetime.datetime] = mapped_column(
        nullable=False,
        server_default=func.now()
    )
    updated_at: Mapped[datetime.datetime] = mapped_column(
        nullable=False,
        server_default=func.now(),
        onupdate=func.now(),
    )
