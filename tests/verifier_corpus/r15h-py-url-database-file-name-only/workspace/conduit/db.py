import os
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

url = make_url(os.environ['DATABASE_URL'])
file = os.path.join('instance', Path(url.database).name)
engine = create_engine(f'sqlite:///{file}')
