import os
from urllib.parse import quote

PGUSER = os.environ.get("PGUSER", "postgres")
PGPASSWORD = os.environ.get("PGPASSWORD", "")
PGHOST = os.environ.get("PGHOST", "localhost")
PGPORT = os.environ.get("PGPORT", "5432")
PGDATABASE = os.environ.get("PGDATABASE", "conduit")

# percent-encode everything so special characters cannot break the URL
DSN = f"postgresql://{quote(PGUSER)}:{quote(PGPASSWORD)}@{quote(PGHOST, safe='')}:{PGPORT}/{quote(PGDATABASE)}"
