# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:migrations/versions/357c2809db4_.py
from alembic import op

import sqlalchemy as sa
