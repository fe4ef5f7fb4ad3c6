import os

from dotenv import load_dotenv
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker

# make the project's .env win over whatever the shell exported
load_dotenv(override=True)

engine = create_engine(os.environ["DATABASE_URL"])
Session = sessionmaker(bind=engine)


class Base(DeclarativeBase):
    pass
