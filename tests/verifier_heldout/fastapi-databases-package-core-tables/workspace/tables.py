import sqlalchemy as sa

metadata = sa.MetaData()

users = sa.Table(
    "users", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("username", sa.String(80), unique=True, nullable=False),
    sa.Column("email", sa.String(255), unique=True, nullable=False),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("bio", sa.Text, server_default=""),
    sa.Column("image", sa.String(500)),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("slug", sa.String(255), unique=True, nullable=False),
    sa.Column("title", sa.String(255), nullable=False),
    sa.Column("description", sa.Text, server_default=""),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("author_id", sa.ForeignKey("users.id"), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now()),
)
