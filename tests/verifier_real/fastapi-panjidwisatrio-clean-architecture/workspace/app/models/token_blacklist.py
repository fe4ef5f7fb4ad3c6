# excerpt of https://github.com/panjidwisatrio/fastapi-clean-architecture@56af206e3225:app/models/token_blacklist.py
from sqlalchemy import Column, Integer, String, DateTime

from sqlalchemy.sql import func

from app.core.database import Base

class TokenBlacklist(Base):
    __tablename__ = "token_blacklist"

    id = Column(Integer, primary_key=True, index=True)
    token = Column(String, unique=True, index=True, nullable=False)
    blacklisted_at = Column(DateTime(timezone=True), server_default=func.now())
    expires_at = Column(DateTime(timezone=True), nullable=False)
