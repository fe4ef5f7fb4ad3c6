from conduit.settings import settings

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(settings.db_url)
SessionLocal = sessionmaker(bind=engine)
