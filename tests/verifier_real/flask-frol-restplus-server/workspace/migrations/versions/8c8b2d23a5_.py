# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:migrations/versions/8c8b2d23a5_.py
from alembic import op

import sqlalchemy as sa
