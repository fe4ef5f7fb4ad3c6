import sqlalchemy as sa

metadata = sa.MetaData()

users = sa.Table(
    "users", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("username", sa.String(32), unique=True, nullable=False),
    sa.Column("email", sa.String(254), unique=True, nullable=False),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("bio", sa.Text), sa.Column("image", sa.String(2000)),
)

tags = sa.Table("tags", metadata, sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.String(32), unique=True))
