from sqlalchemy import text
from conduit.models import Comment


class CommentRepository:
    def __init__(self, session):
        self.session = session

    async def get(self, comment_id: int) -> Comment | None:
        return await self.session.get(Comment, comment_id)

    async def delete(self, comment_id: int) -> None:
        await self.session.execute(text("DELETE FROM comments WHERE id = :id"), {"id": comment_id})
        await self.session.commit()
