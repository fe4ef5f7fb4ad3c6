def run(connection, statement):
    return connection.exec_driver_sql(statement)
