from conduit.models.entities import Article


class UserRepository:
    def add(self, fields: dict) -> dict:
        return fields
