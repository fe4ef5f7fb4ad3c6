import psycopg


def ping():
    with psycopg.connect(dbname='conduit', user='postgres') as connection:
        return connection.info.status
