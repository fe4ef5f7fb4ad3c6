import os

from psycopg_pool import ConnectionPool

SETTINGS = {
    'host': '127.0.0.1',
    'user': os.environ.get('PGUSER'),
    'password': os.environ.get('PGPASSWORD'),
    'dbname': os.environ.get('PGDATABASE'),
}


def make_pool():
    return ConnectionPool(kwargs=SETTINGS)
