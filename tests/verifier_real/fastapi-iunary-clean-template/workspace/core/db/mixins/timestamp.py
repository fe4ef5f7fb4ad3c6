# excerpt of https://github.com/iunary/fastapi-template@b41a88ddab55:core/db/mixins/timestamp.py
from sqlalchemy import Column, DateTime, func

from sqlalchemy.ext.declarative import declared_attr

class TimestampMixin:
    @declared_attr
    def created_at(cls):
        return Column(DateTime, default=func.now(), nullable=False)

    @declared_attr
    def updated_at(cls):
        return Column(DateTime, default=func.now(), onupdate=func.now(), nullable=False)
