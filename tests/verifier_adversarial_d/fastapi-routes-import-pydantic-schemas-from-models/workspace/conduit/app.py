from fastapi import FastAPI

from conduit.repositories.profiles import ProfileRepository
from conduit.routes.profiles import make_router
from conduit.services.profiles import ProfileService

app = FastAPI()
app.include_router(make_router(ProfileService(ProfileRepository())), prefix="/api")
