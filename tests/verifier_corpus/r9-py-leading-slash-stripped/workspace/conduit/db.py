import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine('sqlite:///' + os.environ['SQLITE_PATH'].lstrip('/'))
SessionLocal = sessionmaker(bind=engine)
