# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/review/errors.py
from .. import errors as base_err

class ReviewUsecaseError(base_err.UsecaseError):
    pass

class ReviewNotFoundError(ReviewUsecaseError):
    pass

class ReviewAlreadyExistsError(ReviewUsecaseError):
    pass
