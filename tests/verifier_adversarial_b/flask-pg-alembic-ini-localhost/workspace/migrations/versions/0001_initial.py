import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None

def upgrade():
    op.create_table("users", sa.Column("id", sa.Integer, primary_key=True), sa.Column("username", sa.String(80), unique=True),
                    sa.Column("email", sa.String(255), unique=True), sa.Column("password", sa.String(255)))
    op.create_table("articles", sa.Column("id", sa.Integer, primary_key=True), sa.Column("slug", sa.String(255), unique=True),
                    sa.Column("title", sa.String(255)), sa.Column("body", sa.Text), sa.Column("author_id", sa.Integer, sa.ForeignKey("users.id")))

def downgrade():
    op.drop_table("articles")
    op.drop_table("users")
