import os
import sqlite3

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker


def _connect():
    return sqlite3.connect(os.environ['SQLITE_PATH'], check_same_thread=False)


engine = create_engine('sqlite://', creator=_connect)
SessionLocal = sessionmaker(bind=engine)
