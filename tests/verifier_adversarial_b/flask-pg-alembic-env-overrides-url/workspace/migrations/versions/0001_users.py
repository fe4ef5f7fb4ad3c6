import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None

def upgrade():
    op.create_table("users", sa.Column("id", sa.Integer, primary_key=True), sa.Column("username", sa.String(80), unique=True),
                    sa.Column("email", sa.String(255), unique=True), sa.Column("password", sa.String(255)),
                    sa.Column("bio", sa.Text), sa.Column("image", sa.String(500)))

def downgrade():
    op.drop_table("users")
