# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/interfaces/repositories/review_errors.py
class ReviewRepositoryCriticalError(Exception):
    pass

class ReviewRepositoryError(Exception):
    pass

class ReviewAlreadyExistsError(ReviewRepositoryError):
    pass

class ReviewNotFoundError(ReviewRepositoryError):
    pass
