# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/dependencies/usecases/auth.py
import typing as t

from http import HTTPStatus

from fastapi import Depends, HTTPException

from domain import usecases

def __get_auth_usecases_builder() -> usecases.auth.AuthUsecasesBuilder:
    if auth_usecases_builder is None:
        raise HTTPException(status_code=HTTPStatus.SERVICE_UNAVAILABLE, detail="Usecases are not initialized")
    return auth_usecases_builder

AuthenticateUserUsecaseDependency = t.Annotated[
    usecases.auth.AuthenticateUserUsecase, Depends(__get_authenticate_user_usecase)
]

CreateUserAccessTokenUsecaseDependency = t.Annotated[
    usecases.auth.CreateUserAccessTokenUsecase, Depends(__get_create_user_access_token_usecase)
]

ReadUserAccessTokenUsecaseDependency = t.Annotated[
    usecases.auth.ReadUserAccessTokenUsecase, Depends(__get_read_user_access_token_usecase)
]
