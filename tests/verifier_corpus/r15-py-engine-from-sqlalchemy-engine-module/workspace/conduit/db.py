import os

from sqlalchemy.engine import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(os.environ['DB_DSN'])
SessionLocal = sessionmaker(bind=engine)
