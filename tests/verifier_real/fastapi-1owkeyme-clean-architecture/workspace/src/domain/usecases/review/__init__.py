# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/review/__init__.py
from . import errors as errors

from .builder import ReviewUsecasesBuilder as ReviewUsecasesBuilder

from .create import CreateReviewByMovieIdUsecase as CreateReviewByMovieIdUsecase

from .delete_by_id import DeleteReviewByIdUsecase as DeleteReviewByIdUsecase

from .get_by_id import GetReviewByIdUsecase as GetReviewByIdUsecase
