import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine("sqlite:///" + os.environ.get("SQLITE_PATH", "conduit.db"))
SessionLocal = sessionmaker(bind=engine)
