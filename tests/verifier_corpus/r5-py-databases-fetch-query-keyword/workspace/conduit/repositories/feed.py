async def feed(database):
    return await database.fetch_all(query='SELECT slug FROM articles')
