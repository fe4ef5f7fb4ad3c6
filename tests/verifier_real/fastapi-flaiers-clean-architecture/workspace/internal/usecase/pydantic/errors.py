# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:internal/usecase/pydantic/errors.py
from pydantic.errors import PydanticValueError

class PhoneError(PydanticValueError):

    code = 'phone'
    msg_template = '"{phone}" is not a valid phone number'
