import os

import sqlalchemy as sa
from databases import Database

metadata = sa.MetaData()
tags = sa.Table('tags', metadata, sa.Column('name', sa.String, primary_key=True))
database = Database(os.environ['DATABASE_URL'])


async def all_tags():
    return [row['name'] for row in await database.fetch_all(tags.select())]
