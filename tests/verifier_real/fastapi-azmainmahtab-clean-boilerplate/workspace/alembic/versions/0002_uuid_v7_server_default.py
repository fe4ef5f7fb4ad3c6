# excerpt of https://github.com/AzmainMahtab/fastapi-clean-architecture-boilerplate@af525023aafc:alembic/versions/0002_uuid_v7_server_default.py
from collections.abc import Sequence

from alembic import op

def upgrade() -> None:
    op.execute(uuid_generate_v7_sql)
    op.execute("ALTER TABLE users ALTER COLUMN uuid SET DEFAULT uuid_generate_v7()")

def downgrade() -> None:
    op.execute("ALTER TABLE users ALTER COLUMN uuid SET DEFAULT gen_random_uuid()")
    op.execute("DROP FUNCTION IF EXISTS uuid_generate_v7()")
