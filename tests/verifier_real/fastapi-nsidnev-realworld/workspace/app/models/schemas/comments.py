# excerpt of nsidnev/fastapi-realworld-example-app@029eb7781c60:app/models/schemas/comments.py
from typing import List

from app.models.domain.comments import Comment

from app.models.schemas.rwschema import RWSchema

class ListOfCommentsInResponse(RWSchema):
    comments: List[Comment]

class CommentInResponse(RWSchema):
    comment: Comment

class CommentInCreate(RWSchema):
    body: str
