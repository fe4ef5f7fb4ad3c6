# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/dependencies/usecases/user.py
import typing as t

from http import HTTPStatus

from fastapi import Depends, HTTPException

from domain import usecases

def __get_user_usecases_builder() -> usecases.user.UserUsecasesBuilder:
    if user_usecases_builder is None:
        raise HTTPException(status_code=HTTPStatus.SERVICE_UNAVAILABLE, detail="Usecases are not initialized")
    return user_usecases_builder

CreateUserUsecaseDependency = t.Annotated[usecases.user.CreateUserUsecase, Depends(__get_create_user_usecase)]

DeleteUserByIdUsecaseDependency = t.Annotated[usecases.user.DeleteUserByIdUsecase, Depends(__get_delete_user_usecase)]

GetAllUsersUsecaseDependency = t.Annotated[usecases.user.GetAllUsersUsecase, Depends(__get_get_all_users_usecase)]

GetAllUserReviewsByIdUsecaseDependency = t.Annotated[
    usecases.user.GetAllUserReviewsByIdUsecase, Depends(__get_get_all_user_reviews_usecase)
]

GetUserByIdUsecaseDependency = t.Annotated[usecases.user.GetUserByIdUsecase, Depends(__get_get_user_by_id_usecase)]

IsUserSuperUserUsecaseDependency = t.Annotated[
    usecases.user.IsUserSuperUserUsecase, Depends(__get_is_user_super_user_usecase)
]
