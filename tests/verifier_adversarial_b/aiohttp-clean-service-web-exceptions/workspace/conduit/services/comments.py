from aiohttp import web
from conduit.repositories.comments import CommentRepository


class CommentService:
    def __init__(self, repo: CommentRepository):
        self.repo = repo

    async def delete(self, comment_id: int, user_id: int) -> None:
        comment = await self.repo.get(comment_id)
        if comment is None:
            raise web.HTTPNotFound()
        if comment.author_id != user_id:
            raise web.HTTPForbidden()
        await self.repo.delete(comment_id)
