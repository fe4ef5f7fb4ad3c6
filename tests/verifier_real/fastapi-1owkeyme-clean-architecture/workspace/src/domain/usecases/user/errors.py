# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/user/errors.py
from .. import errors as base_err

class UserUsecaseError(base_err.UsecaseError):
    pass

class UserNotFoundError(UserUsecaseError):
    pass

class UserAlreadyExistsError(UserUsecaseError):
    pass

class FirstSuperUserDeleteForbiddenError(UserUsecaseError):
    pass
