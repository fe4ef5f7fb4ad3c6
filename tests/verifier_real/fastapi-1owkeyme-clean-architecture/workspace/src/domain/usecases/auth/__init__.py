# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/domain/usecases/auth/__init__.py
from . import errors as errors

from .authenticate import AuthenticateUserUsecase as AuthenticateUserUsecase

from .builder import AuthUsecasesBuilder as AuthUsecasesBuilder

from .create_access_token import CreateUserAccessTokenUsecase as CreateUserAccessTokenUsecase

from .read_access_token import ReadUserAccessTokenUsecase as ReadUserAccessTokenUsecase
