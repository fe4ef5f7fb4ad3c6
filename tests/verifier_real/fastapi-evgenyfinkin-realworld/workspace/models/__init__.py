# excerpt of https://github.com/evgeny-finkin/fastapi-sqlalchemy-realworld-example@2ccf6a99f49d:server/models/__init__.py
from .users import *

from .followed_profiles import *

from .aricles import *

from .comments import *
