from fastapi import APIRouter, Depends, HTTPException

from ..dependencies import get_profile_service, optional_user
from ..services.errors import ServiceError
from ..services.profile_service import ProfileService

router = APIRouter(prefix="/api")


@router.get("/profiles/{username}")
def get_profile(username: str, profiles: ProfileService = Depends(get_profile_service), viewer=Depends(optional_user)):
    try:
        return {"profile": profiles.profile(username, viewer)}
    except ServiceError as err:
        raise HTTPException(status_code=err.status, detail={"body": [err.message]}) from err
