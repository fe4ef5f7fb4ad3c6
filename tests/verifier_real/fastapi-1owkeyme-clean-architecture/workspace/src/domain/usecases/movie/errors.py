# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/movie/errors.py
from .. import errors as base_err

class MovieUsecaseError(base_err.UsecaseError):
    pass

class MovieNotFoundError(MovieUsecaseError):
    pass

class MovieAlreadyExistsError(MovieUsecaseError):
    pass
