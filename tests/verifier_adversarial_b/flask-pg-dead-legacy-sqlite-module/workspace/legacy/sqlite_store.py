"""First prototype store (before the move to PostgreSQL). Kept for reference; not used."""
import sqlite3

class SqliteStore:
    def __init__(self, path="conduit.db"):
        self.conn = sqlite3.connect(path, check_same_thread=False)
        self.conn.execute("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT, email TEXT, password TEXT)")

    def add_user(self, username, email, password):
        cur = self.conn.execute("INSERT INTO users (username, email, password) VALUES (?, ?, ?)", (username, email, password))
        self.conn.commit()
        return cur.lastrowid
