# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:migrations/versions/2e9d99288cd_.py
from alembic import op

import sqlalchemy as sa
