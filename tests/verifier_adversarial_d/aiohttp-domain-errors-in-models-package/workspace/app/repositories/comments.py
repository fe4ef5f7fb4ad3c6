from app.models.comment import Comment
from app.models.errors import NotFound

_store: dict[int, Comment] = {}


async def get(comment_id: int) -> Comment:
    try:
        return _store[comment_id]
    except KeyError:
        raise NotFound(f"comment {comment_id}") from None


async def delete(comment_id: int) -> None:
    _store.pop(comment_id, None)
