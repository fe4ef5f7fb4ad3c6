# excerpt of fastapi/full-stack-fastapi-template@68adb40d3742:backend/app/api/routes/utils.py
from fastapi import APIRouter, Depends

from pydantic.networks import EmailStr

from app.api.deps import get_current_active_superuser

from app.models import Message

from app.utils import generate_test_email, send_email

router = APIRouter(prefix="/utils", tags=["utils"])
