# excerpt of https://github.com/Flaiers/fastapi-clean-architecture@1e5a2ccc080c:internal/controller/http/v1/health.py
from fastapi import APIRouter

from internal.usecase.utils import SuccessfulResponse

router = APIRouter()
