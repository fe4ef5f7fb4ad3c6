from sqlmodel import Session
from app import crud
from app.crud import comments as comments_crud
from app.models.comment import Comment


def add_comment(session: Session, article_id: int, author_id: int, body: str) -> Comment:
    return comments_crud.create(session, Comment(article_id=article_id, author_id=author_id, body=body))


def comments_of(session: Session, article_id: int) -> list[Comment]:
    return comments_crud.list_for_article(session, article_id)
