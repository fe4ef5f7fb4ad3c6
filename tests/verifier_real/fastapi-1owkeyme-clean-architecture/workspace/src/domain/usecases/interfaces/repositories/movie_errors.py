# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/interfaces/repositories/movie_errors.py
class MovieRepositoryCriticalError(Exception):
    pass

class MovieRepositoryError(Exception):
    pass

class MovieAlreadyExistsError(MovieRepositoryError):
    pass

class MovieNotFoundError(MovieRepositoryError):
    pass
