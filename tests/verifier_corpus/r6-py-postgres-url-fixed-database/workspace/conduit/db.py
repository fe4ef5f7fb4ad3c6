import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine("postgresql+psycopg:///conduit")
SessionLocal = sessionmaker(bind=engine)
