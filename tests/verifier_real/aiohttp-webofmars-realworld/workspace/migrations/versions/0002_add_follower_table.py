# excerpt of webofmars/realworld-back-python-aiohttp@1c8b7c5a8537:migrations/versions/0002_add_follower_table.py
from typing import Sequence, Union

import sqlalchemy as sa

from alembic import op

def upgrade() -> None:
    op.create_table(
        "follower",
        sa.Column("follower_id", sa.BigInteger(), nullable=False),
        sa.Column("followed_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["followed_id"],
            ["user.id"],
        ),
        sa.ForeignKeyConstraint(
            ["follower_id"],
            ["user.id"],
        ),
        sa.PrimaryKeyConstraint("follower_id", "followed_id"),
    )
