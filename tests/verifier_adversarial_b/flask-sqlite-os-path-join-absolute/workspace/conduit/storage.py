import os
import sqlite3
import threading

INSTANCE_DIR = os.path.join(os.path.dirname(__file__), "..", "instance")
DB_FILE = os.path.join(INSTANCE_DIR, os.environ.get("SQLITE_PATH", "conduit.db"))
_local = threading.local()

def connection() -> sqlite3.Connection:
    conn = getattr(_local, "conn", None)
    if conn is None:
        os.makedirs(os.path.dirname(DB_FILE), exist_ok=True)
        conn = sqlite3.connect(DB_FILE, detect_types=sqlite3.PARSE_DECLTYPES)
        conn.row_factory = sqlite3.Row
        _local.conn = conn
    return conn

def migrate():
    here = os.path.dirname(__file__)
    with open(os.path.join(here, "schema.sql")) as fh:
        connection().executescript(fh.read())
