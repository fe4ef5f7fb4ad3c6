from alembic import op


def upgrade():
    op.execute("INSERT INTO tags (name) VALUES ('welcome')")
