from conduit.repositories.tags import TagRepository


class TagService:
    def __init__(self, tags: TagRepository) -> None:
        self.tags = tags

    def list(self) -> dict:
        return {"tags": self.tags.popular()}
