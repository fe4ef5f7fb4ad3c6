import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine("sqlite:///" + os.path.join(os.path.dirname(os.environ["SQLITE_PATH"]), "blog.db"))
SessionLocal = sessionmaker(bind=engine)
