# TODO: switch to postgresql://localhost/conduit with psycopg
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine('sqlite:///conduit.sqlite3')
SessionLocal = sessionmaker(bind=engine)
