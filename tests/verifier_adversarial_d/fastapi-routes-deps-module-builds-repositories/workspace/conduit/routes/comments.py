from fastapi import APIRouter

from conduit.routes.deps import CommentServiceDep

router = APIRouter()


@router.get("/articles/{slug}/comments")
def list_comments(slug: str, comments: CommentServiceDep):
    return {"comments": comments.list(slug)}
