# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:migrations/versions/81ce4ac01c45_migrate_static_roles.py
from alembic import op

import sqlalchemy as sa

UserHelper = sa.Table(
    'user',
    sa.MetaData(),
    sa.Column('id', sa.Integer, primary_key=True),
    sa.Column('static_roles', sa.Integer),
)

def upgrade():
    connection = op.get_bind()
    for user in connection.execute(UserHelper.select()):
        if user.static_roles & 0x1000:
            continue
        new_static_roles = user.static_roles >> 1
        connection.execute(
            UserHelper.update().where(
                UserHelper.c.id == user.id
            ).values(
                static_roles=new_static_roles
            )
        )

def downgrade():
    connection = op.get_bind()
    for user in connection.execute(UserHelper.select()):
        if not user.static_roles & 0x1000:
            continue
        new_static_roles = user.static_roles << 1
        connection.execute(
            UserHelper.update().where(
                UserHelper.c.id == user.id
            ).values(
                static_roles=new_static_roles
            )
        )
