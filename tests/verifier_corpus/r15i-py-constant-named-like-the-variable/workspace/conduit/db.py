from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from conduit.secret import SQLALCHEMY_DATABASE_URL

engine = create_engine(SQLALCHEMY_DATABASE_URL)
SessionLocal = sessionmaker(bind=engine)
