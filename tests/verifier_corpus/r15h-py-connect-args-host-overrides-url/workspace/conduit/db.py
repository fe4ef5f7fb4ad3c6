import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

DB_HOST = os.environ.get('DB_HOST', 'db')
engine = create_engine(os.environ['DATABASE_URL'], connect_args={'host': DB_HOST, 'connect_timeout': 10})
SessionLocal = sessionmaker(bind=engine)
