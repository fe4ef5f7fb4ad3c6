import os
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, scoped_session, sessionmaker

engine = create_engine(os.environ["DATABASE_URL"], future=True)
Session = scoped_session(sessionmaker(bind=engine))

class Base(DeclarativeBase):
    pass
