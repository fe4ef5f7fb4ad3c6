from conduit.models.entities import Article, Base, Comment, Favorite, Follow, Tag, User

__all__ = ["Article", "Base", "Comment", "Favorite", "Follow", "Tag", "User"]
