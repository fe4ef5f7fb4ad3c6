import pathlib

import yaml
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

config = yaml.safe_load(pathlib.Path('config.yaml').read_text())
engine = create_engine(config['database_url'])
SessionLocal = sessionmaker(bind=engine)
