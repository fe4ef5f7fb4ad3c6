def by_slug(connection, slug):
    sql = f"SELECT * FROM articles WHERE slug = '{slug}'"
    return connection.execute(sql).first()
