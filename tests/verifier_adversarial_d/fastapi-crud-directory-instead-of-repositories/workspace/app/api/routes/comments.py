from fastapi import APIRouter, Request
from sqlmodel import Session
from app.services import comments as service

router = APIRouter()


@router.get("/articles/{article_id}/comments")
def list_comments(article_id: int, request: Request):
    with Session(request.app.state.engine) as session:
        return {"comments": [c.model_dump(mode="json") for c in service.comments_of(session, article_id)]}
