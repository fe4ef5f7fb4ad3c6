# excerpt of https://github.com/evgeny-finkin/fastapi-sqlalchemy-realworld-example@2ccf6a99f49d:server/models/mixins.py
from datetime import datetime

from sqlalchemy import Column, DateTime

from sqlalchemy.orm import declarative_mixin

@declarative_mixin
class Timestamp:
    createdAt = Column(DateTime, default=datetime.utcnow, nullable=False)
    updatedAt = Column(DateTime, default=datetime.utcnow, nullable=False)
