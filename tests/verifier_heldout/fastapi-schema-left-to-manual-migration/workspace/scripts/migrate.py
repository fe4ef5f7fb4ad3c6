import os
import pathlib

import psycopg

sql = (pathlib.Path(__file__).parent.parent / "migrations" / "001_init.sql").read_text()
with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
    conn.execute(sql)
print("migrated")
