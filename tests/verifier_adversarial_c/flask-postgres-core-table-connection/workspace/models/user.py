from sqlalchemy import Column, Integer, MetaData, String, Table, Text

metadata = MetaData()

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(254), unique=True, nullable=False),
    Column("username", String(32), unique=True, nullable=False),
    Column("password_hash", String(255), nullable=False),
    Column("bio", Text),
    Column("image", String(2000)),
)
