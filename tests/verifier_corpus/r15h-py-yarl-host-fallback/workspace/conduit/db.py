import os

from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from yarl import URL as YURL

parsed = YURL(os.environ['DATABASE_URL'])
engine = create_engine(URL.create('postgresql+psycopg', username=parsed.user, host=parsed.host or '127.0.0.1', port=parsed.port or 5432, database=parsed.path.lstrip('/')))
