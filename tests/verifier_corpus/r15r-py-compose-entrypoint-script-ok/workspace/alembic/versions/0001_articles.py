from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_table('articles', sa.Column('id', sa.Integer, primary_key=True))
