from fastapi import FastAPI
from app.repositories.tag_repository import SqliteTagRepository
from app.routes.tags import router
from app.services.tag_service import TagService

app = FastAPI()
app.state.tag_service = TagService(SqliteTagRepository())
app.include_router(router)
