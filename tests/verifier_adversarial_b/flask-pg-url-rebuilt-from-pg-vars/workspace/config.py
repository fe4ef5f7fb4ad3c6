import os

PG = {k: os.environ.get(k, d) for k, d in
      (("PGUSER", "postgres"), ("PGPASSWORD", ""), ("PGHOST", "localhost"), ("PGPORT", "5432"), ("PGDATABASE", "conduit"))}
DATABASE_URI = "postgresql+psycopg2://{PGUSER}:{PGPASSWORD}@{PGHOST}:{PGPORT}/{PGDATABASE}".format(**PG)
