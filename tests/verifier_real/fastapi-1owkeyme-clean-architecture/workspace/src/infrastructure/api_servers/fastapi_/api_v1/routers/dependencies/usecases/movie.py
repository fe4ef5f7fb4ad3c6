# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/infrastructure/api_servers/fastapi_/api_v1/routers/dependencies/usecases/movie.py
import typing as t

from http import HTTPStatus

from fastapi import Depends, HTTPException

from domain import usecases

def __get_movie_usecases_builder() -> usecases.movie.MovieUsecasesBuilder:
    if movie_usecases_builder is None:
        raise HTTPException(status_code=HTTPStatus.SERVICE_UNAVAILABLE, detail="Usecases are not initialized")
    return movie_usecases_builder

CreateMovieUsecaseDependency = t.Annotated[usecases.movie.CreateMovieUsecase, Depends(__get_create_movie_usecase)]

DeleteMovieByIdUsecaseDependency = t.Annotated[
    usecases.movie.DeleteMovieByIdUsecase, Depends(__get_delete_movie_by_id_usecase)
]

GetAllMovieReviewsByIdUsecaseDependency = t.Annotated[
    usecases.movie.GetAllMovieReviewsByIdUsecase, Depends(__get_get_all_movie_reviews_by_id_usecase)
]

GetAllMoviesUsecaseDependency = t.Annotated[usecases.movie.GetAllMoviesUsecase, Depends(__get_get_all_movies_usecase)]

GetMovieByIdUsecaseDependency = t.Annotated[usecases.movie.GetMovieByIdUsecase, Depends(__get_get_movie_by_id_usecase)]
