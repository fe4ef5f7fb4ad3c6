# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:internal/usecase/pydantic/__init__.py
from .datatypes import PhoneStr

from .errors import PhoneError

from .validators import validate_phone
