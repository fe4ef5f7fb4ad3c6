# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/user/__init__.py
from . import errors as errors

from .builder import UserUsecasesBuilder as UserUsecasesBuilder

from .create import CreateUserUsecase as CreateUserUsecase

from .delete_by_id import DeleteUserByIdUsecase as DeleteUserByIdUsecase

from .get_all import GetAllUsersUsecase as GetAllUsersUsecase

from .get_all_reviews_by_id import GetAllUserReviewsByIdUsecase as GetAllUserReviewsByIdUsecase

from .get_by_id import GetUserByIdUsecase as GetUserByIdUsecase

from .is_super_user import IsUserSuperUserUsecase as IsUserSuperUserUsecase
