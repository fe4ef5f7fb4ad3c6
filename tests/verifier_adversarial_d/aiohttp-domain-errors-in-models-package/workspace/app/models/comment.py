from typing import TypedDict


class Comment(TypedDict):
    id: int
    body: str
    author_id: int
