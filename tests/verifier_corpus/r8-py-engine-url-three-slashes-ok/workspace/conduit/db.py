import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(f"sqlite:///{os.environ['SQLITE_PATH']}")
SessionLocal = sessionmaker(bind=engine)
