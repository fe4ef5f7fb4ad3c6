import configparser

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

config = configparser.ConfigParser()
config.read('app.ini')

engine = create_engine(config['app']['sqlalchemy.url'], connect_args={'check_same_thread': False})
SessionLocal = sessionmaker(bind=engine)
