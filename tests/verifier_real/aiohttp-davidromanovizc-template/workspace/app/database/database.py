# excerpt of https://github.com/DavidRomanovizc/aiohttp-template@a61a28d8db45:app/database/database.py
from sqlalchemy import (
    Table, Integer, VARCHAR, MetaData, Column
)

template = Table(
    'template', meta,
    Column('id', Integer, primary_key=True),
    Column('username', VARCHAR, nullable=True)
)
