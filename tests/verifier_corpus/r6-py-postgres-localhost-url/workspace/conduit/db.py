import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine("postgresql+psycopg://conduit:conduit@localhost:5432/conduit")
SessionLocal = sessionmaker(bind=engine)
