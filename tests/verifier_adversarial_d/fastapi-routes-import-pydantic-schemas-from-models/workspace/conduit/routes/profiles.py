from fastapi import APIRouter, HTTPException

from conduit.models.schemas import ProfileEnvelope
from conduit.services.profiles import NotFound, ProfileService


def make_router(service: ProfileService) -> APIRouter:
    router = APIRouter(tags=["profiles"])

    @router.post("/profiles/{username}/follow", response_model=ProfileEnvelope)
    def follow(username: str) -> ProfileEnvelope:
        try:
            return ProfileEnvelope(profile=service.follow(1, username))
        except NotFound:
            raise HTTPException(404, detail="profile not found")

    return router
