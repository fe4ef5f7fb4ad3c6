# excerpt of https://github.com/evgeny-finkin/fastapi-sqlalchemy-realworld-example@2ccf6a99f49d:server/services/api/__init__.py
from .users import *

from .profiles import *

from .articles import *

from .comments import *

from .tags import *
