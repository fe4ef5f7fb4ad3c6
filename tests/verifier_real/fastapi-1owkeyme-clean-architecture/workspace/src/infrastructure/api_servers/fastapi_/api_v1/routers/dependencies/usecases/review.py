# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/dependencies/usecases/review.py
import typing as t

from http import HTTPStatus

from fastapi import Depends, HTTPException

from domain import usecases

def __get_review_usecases_builder() -> usecases.review.ReviewUsecasesBuilder:
    if review_usecases_builder is None:
        raise HTTPException(status_code=HTTPStatus.SERVICE_UNAVAILABLE, detail="Usecases are not initialized")
    return review_usecases_builder

GetReviewByIdUsecaseDependency = t.Annotated[
    usecases.review.GetReviewByIdUsecase, Depends(__get_get_review_by_id_usecase)
]

CreateReviewByMovieIdUsecaseDependency = t.Annotated[
    usecases.review.CreateReviewByMovieIdUsecase, Depends(__get_create_review_by_movie_id_usecase)
]

DeleteReviewByIdUsecaseDependency = t.Annotated[
    usecases.review.DeleteReviewByIdUsecase, Depends(__get_delete_review_by_id_usecase)
]
