import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(os.environ["DATABASE_URL"])
SessionLocal = sessionmaker(bind=engine)


from sqlalchemy import event


@event.listens_for(engine, 'connect')
def attach_history(dbapi_connection, _record):
    dbapi_connection.execute("ATTACH DATABASE 'history.db' AS history")
