import os
import sqlite3

connection = sqlite3.connect(os.environ['DATABASE_URL'])
connection.execute('CREATE TABLE IF NOT EXISTS notes (body TEXT)')
