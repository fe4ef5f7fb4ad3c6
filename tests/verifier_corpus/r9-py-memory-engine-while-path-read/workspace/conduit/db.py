import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

DATA_FILE = os.environ.get('SQLITE_PATH')
engine = create_engine('sqlite://', poolclass=StaticPool)
SessionLocal = sessionmaker(bind=engine)
