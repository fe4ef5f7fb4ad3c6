import os
from urllib.parse import quote

import psycopg

URL = f"postgresql://{quote(os.environ['PGUSER'])}@{quote(os.environ['PGHOST'])}/{os.environ['PGDATABASE']}"
connection = psycopg.connect(URL)
