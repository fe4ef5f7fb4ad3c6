"""HTTP layer: class-based views and the error middleware."""

from __future__ import annotations

from aiohttp import web

from realworld_server.handlers import views
from realworld_server.handlers.common import SERVICES, error_middleware

__all__ = ["SERVICES", "error_middleware", "setup_routes"]


def setup_routes(app: web.Application) -> None:
    app.router.add_view("/api/users", views.UsersView)
    app.router.add_view("/api/users/login", views.LoginView)
    app.router.add_view("/api/user", views.CurrentUserView)
    app.router.add_view("/api/profiles/{username}", views.ProfileView)
    app.router.add_view("/api/profiles/{username}/follow", views.FollowView)
    app.router.add_view("/api/articles", views.ArticlesView)
    app.router.add_view("/api/articles/feed", views.FeedView)
    app.router.add_view("/api/articles/{slug}", views.ArticleView)
    app.router.add_view("/api/articles/{slug}/favorite", views.FavoriteView)
    app.router.add_view("/api/tags", views.TagsView)
