import os
import sqlite3
import threading

_lock = threading.Lock()
conn = sqlite3.connect(":memory:", check_same_thread=False)
conn.row_factory = sqlite3.Row

SCHEMA = """
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE, username TEXT UNIQUE, password TEXT, bio TEXT DEFAULT '', image TEXT);
CREATE TABLE articles (id INTEGER PRIMARY KEY, slug TEXT UNIQUE, title TEXT, description TEXT, body TEXT, author_id INTEGER, created_at TEXT, updated_at TEXT);
CREATE TABLE comments (id INTEGER PRIMARY KEY, article_id INTEGER, author_id INTEGER, body TEXT, created_at TEXT, updated_at TEXT);
"""


def start():
    path = os.environ["SQLITE_PATH"]
    if os.path.exists(path) and os.path.getsize(path) > 0:
        disk = sqlite3.connect(path)
        disk.backup(conn)
        disk.close()
    else:
        conn.executescript(SCHEMA)


def flush():
    with _lock:
        disk = sqlite3.connect(os.environ["SQLITE_PATH"])
        conn.backup(disk)
        disk.close()


def query(sql, params=()):
    with _lock:
        cur = conn.execute(sql, params)
        conn.commit()
        return cur.fetchall()
