async def feed(database):
    return await database.fetch_all('SELECT slug FROM articles ORDER BY id DESC')
