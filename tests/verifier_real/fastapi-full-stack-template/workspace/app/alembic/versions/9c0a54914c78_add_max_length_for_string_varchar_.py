# excerpt of fastapi/full-stack-fastapi-template@68adb40d3742:backend/app/alembic/versions/9c0a54914c78_add_max_length_for_string_varchar_.py
from alembic import op

import sqlalchemy as sa

import sqlmodel.sql.sqltypes
