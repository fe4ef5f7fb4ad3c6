# excerpt of https://github.com/rhoboro/async-fastapi-sqlalchemy@6c08827241e9:migrations/versions/a8483365f505_initial_empty.py
from alembic import op

import sqlalchemy as sa
