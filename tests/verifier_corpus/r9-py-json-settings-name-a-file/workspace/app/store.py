import json
import os
import sqlite3
from pathlib import Path

settings = {'database': os.environ.get('SQLITE_PATH', 'notes.db')}
settings.update(json.loads(Path(__file__).with_name('settings.json').read_text()))
connection = sqlite3.connect(settings['database'])
connection.execute('CREATE TABLE IF NOT EXISTS notes (body TEXT)')
