"""initial schema

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("email", sa.String(255), unique=True),
        sa.Column("username", sa.String(80), unique=True),
        sa.Column("password_hash", sa.String(255)),
        sa.Column("bio", sa.Text),
        sa.Column("image", sa.String(500)),
    )
    op.create_table(
        "follows",
        sa.Column("follower_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("followed_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("slug", sa.String(255), unique=True, index=True),
        sa.Column("title", sa.String(255)),
        sa.Column("description", sa.Text),
        sa.Column("body", sa.Text),
        sa.Column("author_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("created_at", sa.DateTime(timezone=True)),
        sa.Column("updated_at", sa.DateTime(timezone=True)),
    )
    op.create_table("tags", sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.String(80), unique=True))
    op.create_table(
        "article_tags",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("tag_id", sa.Integer, sa.ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "favorites",
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    )


def downgrade() -> None:
    for name in ("favorites", "article_tags", "tags", "articles", "follows", "users"):
        op.drop_table(name)
