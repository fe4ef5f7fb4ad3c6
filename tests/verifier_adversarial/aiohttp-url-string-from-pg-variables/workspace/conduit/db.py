"""Engine: PostgreSQL assembled from the PG* variables."""
import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

PG = {k: os.environ.get(f"PG{k}") for k in ("USER", "PASSWORD", "HOST", "PORT", "DATABASE")}
URL = f"postgresql+psycopg://{PG['USER']}:{PG['PASSWORD']}@{PG['HOST']}:{PG['PORT'] or 5432}/{PG['DATABASE']}"

engine = create_engine(URL, pool_size=5)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)
