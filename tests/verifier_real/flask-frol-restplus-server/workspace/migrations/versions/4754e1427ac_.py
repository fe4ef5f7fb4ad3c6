# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:migrations/versions/4754e1427ac_.py
from alembic import op

import sqlalchemy as sa

import sqlalchemy_utils

def upgrade():
    op.rename_table('team_members', 'team_member')
    op.add_column('team_member', sa.Column('is_leader', sa.Boolean(), nullable=True))
