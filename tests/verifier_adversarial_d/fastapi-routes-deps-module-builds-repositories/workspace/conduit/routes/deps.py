from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends

from conduit.database import SessionLocal
from conduit.repositories.comments import CommentRepository
from conduit.services.comments import CommentService


def comment_service() -> Iterator[CommentService]:
    with SessionLocal() as session:
        yield CommentService(CommentRepository(session))


CommentServiceDep = Annotated[CommentService, Depends(comment_service)]
