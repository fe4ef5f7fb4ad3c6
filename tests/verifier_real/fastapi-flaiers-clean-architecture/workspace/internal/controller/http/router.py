# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:internal/controller/http/router.py
from fastapi import APIRouter

from internal.controller.http import v1

api_router = APIRouter()

api_router.include_router(v1.router, prefix='/v1')
