import os
import sqlite3


def connect() -> sqlite3.Connection:
    conn = sqlite3.connect(os.environ["SQLITE_PATH"])
    conn.row_factory = sqlite3.Row
    return conn


def create_schema() -> None:
    with connect() as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT, bio TEXT, image TEXT)")
