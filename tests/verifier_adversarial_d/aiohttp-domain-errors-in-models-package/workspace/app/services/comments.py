from app.models.errors import Forbidden
from app.repositories import comments


async def delete_comment(comment_id: int, user_id: int) -> None:
    comment = await comments.get(comment_id)
    if comment["author_id"] != user_id:
        raise Forbidden("not your comment")
    await comments.delete(comment_id)
