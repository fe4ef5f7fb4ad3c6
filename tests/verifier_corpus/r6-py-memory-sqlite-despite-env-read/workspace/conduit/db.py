import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine("sqlite:///:memory:")
SessionLocal = sessionmaker(bind=engine)

print('database file', os.environ.get('SQLITE_PATH'))
