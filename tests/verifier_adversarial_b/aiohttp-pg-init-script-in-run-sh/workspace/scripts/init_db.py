import os
from pathlib import Path

import psycopg

with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as conn:
    conn.execute((Path(__file__).parent / "schema.sql").read_text())
print("schema ready")
