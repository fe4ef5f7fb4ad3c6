# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:internal/controller/http/v1/__init__.py
from fastapi import APIRouter

from . import applications, health

router = APIRouter()

router.include_router(
    applications.router,
    prefix='/applications',
    tags=['applications'],
)

router.include_router(
    health.router,
    prefix='/health',
    tags=['health'],
)
