import os
from peewee import SqliteDatabase

db = SqliteDatabase(os.environ['SQLITE_PATH'])
