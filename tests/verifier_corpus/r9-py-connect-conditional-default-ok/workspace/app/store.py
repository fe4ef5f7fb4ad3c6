import os
import sqlite3

path = os.environ.get('SQLITE_PATH')
connection = sqlite3.connect(path if path else 'local.db')
connection.execute('CREATE TABLE IF NOT EXISTS notes (body TEXT)')
