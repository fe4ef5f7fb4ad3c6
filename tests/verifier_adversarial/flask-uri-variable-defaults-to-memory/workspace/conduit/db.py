"""Engine and session factory. Configure with SQLALCHEMY_DATABASE_URI (Flask-SQLAlchemy's name for it)."""
import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

URI = os.getenv("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:")

# StaticPool keeps the single in-memory connection alive across requests
engine = create_engine(URI, connect_args={"check_same_thread": False}, poolclass=StaticPool)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)
