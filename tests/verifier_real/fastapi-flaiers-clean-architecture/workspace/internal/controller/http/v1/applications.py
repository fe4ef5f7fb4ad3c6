# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:internal/controller/http/v1/applications.py
import uuid

from typing import Any

from fastapi import APIRouter, Depends, status

from fastapi_pagination import Page, Params, paginate

from internal.dto.application import (
    ApplicationFilter,
    ApplicationRead,
    BaseApplication,
)

from internal.entity.application import Application

from internal.service.application import ApplicationService

from internal.usecase.utils import SuccessfulResponse, response

router = APIRouter()

async def read_applications(
    dto: ApplicationFilter = Depends(),
    pagination_params: Params = Depends(),
    application_service: ApplicationService = Depends(),
) -> Any:
    applications = await application_service.find(dto)
    return paginate(applications, pagination_params)

async def create_application(
    dto: BaseApplication,
    application_service: ApplicationService = Depends(),
) -> Application:
    return await application_service.create(dto)

async def delete_application(
    application_id: uuid.UUID,
    application_service: ApplicationService = Depends(),
) -> SuccessfulResponse:
    await application_service.delete(application_id)
    return SuccessfulResponse()
