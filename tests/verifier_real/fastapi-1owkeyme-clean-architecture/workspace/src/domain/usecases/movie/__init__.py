# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/movie/__init__.py
from . import errors as errors

from .builder import MovieUsecasesBuilder as MovieUsecasesBuilder

from .create import CreateMovieUsecase as CreateMovieUsecase

from .delete_by_id import DeleteMovieByIdUsecase as DeleteMovieByIdUsecase

from .get_all import GetAllMoviesUsecase as GetAllMoviesUsecase

from .get_all_reviews_by_id import GetAllMovieReviewsByIdUsecase as GetAllMovieReviewsByIdUsecase

from .get_by_id import GetMovieByIdUsecase as GetMovieByIdUsecase
