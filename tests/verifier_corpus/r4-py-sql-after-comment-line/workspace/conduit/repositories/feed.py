def feed(connection):
    return connection.exec_driver_sql('-- newest first\nSELECT slug FROM articles ORDER BY id DESC').all()
