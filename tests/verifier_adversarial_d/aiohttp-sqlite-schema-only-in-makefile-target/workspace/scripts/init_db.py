import os
import sqlite3

conn = sqlite3.connect(os.environ["SQLITE_PATH"])
conn.executescript(
    """
    CREATE TABLE IF NOT EXISTS tags (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL);
    CREATE TABLE IF NOT EXISTS articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, body TEXT);
    """
)
conn.commit()
conn.close()
