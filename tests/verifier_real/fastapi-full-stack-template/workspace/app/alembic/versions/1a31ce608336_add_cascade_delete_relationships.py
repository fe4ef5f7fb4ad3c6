# excerpt of fastapi/full-stack-fastapi-template@68adb40d3742:backend/app/alembic/versions/1a31ce608336_add_cascade_delete_relationships.py
from alembic import op

import sqlalchemy as sa

import sqlmodel.sql.sqltypes
