"""initial schema

Revision ID: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table("users", sa.Column("id", sa.Integer, primary_key=True), sa.Column("email", sa.String(254), unique=True, nullable=False),
                    sa.Column("username", sa.String(32), unique=True, nullable=False), sa.Column("password_hash", sa.String(255), nullable=False),
                    sa.Column("bio", sa.Text), sa.Column("image", sa.String(2000)))
    op.create_table("tags", sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.String(32), unique=True, nullable=False))
    op.create_table("articles", sa.Column("id", sa.Integer, primary_key=True), sa.Column("slug", sa.String(200), unique=True, nullable=False),
                    sa.Column("title", sa.String(120), nullable=False), sa.Column("description", sa.String(255), nullable=False),
                    sa.Column("body", sa.Text, nullable=False), sa.Column("author_id", sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
                    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False), sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False))
    op.create_table("comments", sa.Column("id", sa.Integer, primary_key=True), sa.Column("body", sa.Text, nullable=False),
                    sa.Column("article_id", sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
                    sa.Column("author_id", sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
                    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False), sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False))
    for name, cols in (("follows", ("follower_id", "followed_id")), ("favorites", ("user_id", "article_id")), ("article_tags", ("article_id", "tag_id"))):
        op.create_table(name, *(sa.Column(c, sa.Integer, primary_key=True) for c in cols))


def downgrade() -> None:
    for name in ("article_tags", "favorites", "follows", "comments", "articles", "tags", "users"):
        op.drop_table(name)
