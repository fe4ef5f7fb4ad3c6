def count(engine, table_name):
    connection = engine.raw_connection()
    return connection.cursor()
