from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

url = 'postgresql://testusr:password@127.0.0.1:5432/testdb'
engine = create_engine(url)
SessionLocal = sessionmaker(bind=engine)
