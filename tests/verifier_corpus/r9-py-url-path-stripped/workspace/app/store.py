import os
import sqlite3
from urllib.parse import urlparse

connection = sqlite3.connect(urlparse(os.environ['DATABASE_URL']).path.lstrip('/'))
connection.execute('CREATE TABLE IF NOT EXISTS notes (body TEXT)')
