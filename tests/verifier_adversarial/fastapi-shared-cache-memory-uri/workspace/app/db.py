"""Engine: a shared-cache SQLite database, so every pooled connection sees the same data."""
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

# uri=true lets SQLite read the mode/cache parameters; named so other connections can attach to it
DATABASE_URL = "sqlite:///file:conduit?mode=memory&cache=shared&uri=true"

engine = create_engine(DATABASE_URL, connect_args={"check_same_thread": False}, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)
