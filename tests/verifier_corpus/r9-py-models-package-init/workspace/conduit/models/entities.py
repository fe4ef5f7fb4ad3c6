from conduit.models import Article, Base, User

__all__ = ['Article', 'Base', 'User']
