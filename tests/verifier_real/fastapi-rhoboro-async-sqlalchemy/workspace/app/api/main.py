# excerpt of https://github.com/rhoboro/async-fastapi-sqlalchemy@6c08827241e9:app/api/main.py
from fastapi import APIRouter

from .notebooks.views import router as notebooks_router

from .notes.views import router as notes_router

router = APIRouter()

router.include_router(notes_router)

router.include_router(notebooks_router)
