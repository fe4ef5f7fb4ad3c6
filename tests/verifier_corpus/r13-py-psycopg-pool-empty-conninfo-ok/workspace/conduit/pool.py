from psycopg_pool import ConnectionPool

pool = ConnectionPool(conninfo='', min_size=1)
