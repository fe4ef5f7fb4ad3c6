import os

os.environ['SQLITE_PATH'] = 'local.db'
