# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/interfaces/repositories/user_errors.py
class UserRepositoryCriticalError(Exception):
    pass

class UserRepositoryError(Exception):
    pass

class UserAlreadyExistsError(UserRepositoryError):
    pass

class UserNotFoundError(UserRepositoryError):
    pass
