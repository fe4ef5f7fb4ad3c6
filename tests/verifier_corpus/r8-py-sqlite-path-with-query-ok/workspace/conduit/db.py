import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine("sqlite:///" + os.environ["SQLITE_PATH"] + "?check_same_thread=false")
SessionLocal = sessionmaker(bind=engine)
