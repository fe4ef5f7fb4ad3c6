# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/auth/errors.py
from .. import errors as base_err

class AuthUsecaseError(base_err.UsecaseError):
    pass

class InvalidCredentialsError(AuthUsecaseError):
    pass
