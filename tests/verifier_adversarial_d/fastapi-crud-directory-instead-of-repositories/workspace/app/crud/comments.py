from sqlmodel import Session, select
from app.models.comment import Comment


def list_for_article(session: Session, article_id: int) -> list[Comment]:
    return list(session.exec(select(Comment).where(Comment.article_id == article_id).order_by(Comment.created_at.desc())))


def create(session: Session, comment: Comment) -> Comment:
    session.add(comment)
    session.commit()
    session.refresh(comment)
    return comment
