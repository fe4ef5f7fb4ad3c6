"""Class-based aiohttp views, one per resource path."""

from __future__ import annotations

from aiohttp import web

from realworld_server.handlers.common import envelope, me, services, viewer


class UsersView(web.View):
    async def post(self) -> web.Response:
        user = services(self.request).users.register(await envelope(self.request, "user"))
        return web.json_response({"user": user}, status=201)


class LoginView(web.View):
    async def post(self) -> web.Response:
        return web.json_response({"user": services(self.request).users.login(await envelope(self.request, "user"))})


class CurrentUserView(web.View):
    async def get(self) -> web.Response:
        return web.json_response({"user": services(self.request).users.present(me(self.request))})

    async def put(self) -> web.Response:
        user = me(self.request)
        changes = await envelope(self.request, "user")
        return web.json_response({"user": services(self.request).users.update(user, changes)})


class ProfileView(web.View):
    async def get(self) -> web.Response:
        username = self.request.match_info["username"]
        return web.json_response({"profile": services(self.request).profiles.get(username, viewer(self.request))})


class FollowView(web.View):
    async def post(self) -> web.Response:
        username = self.request.match_info["username"]
        return web.json_response({"profile": services(self.request).profiles.follow(username, me(self.request))})

    async def delete(self) -> web.Response:
        username = self.request.match_info["username"]
        return web.json_response({"profile": services(self.request).profiles.unfollow(username, me(self.request))})


class ArticlesView(web.View):
    async def get(self) -> web.Response:
        return web.json_response(services(self.request).articles.list(dict(self.request.query), viewer(self.request)))

    async def post(self) -> web.Response:
        author = me(self.request)
        article = services(self.request).articles.create(author, await envelope(self.request, "article"))
        return web.json_response({"article": article}, status=201)


class FeedView(web.View):
    async def get(self) -> web.Response:
        return web.json_response(services(self.request).articles.feed(me(self.request), dict(self.request.query)))


class ArticleView(web.View):
    @property
    def slug(self) -> str:
        return self.request.match_info["slug"]

    async def get(self) -> web.Response:
        return web.json_response({"article": services(self.request).articles.get(self.slug, viewer(self.request))})

    async def put(self) -> web.Response:
        editor = me(self.request)
        changes = await envelope(self.request, "article")
        return web.json_response({"article": services(self.request).articles.update(self.slug, editor, changes)})

    async def delete(self) -> web.Response:
        services(self.request).articles.delete(self.slug, me(self.request))
        return web.json_response({})


class FavoriteView(web.View):
    async def post(self) -> web.Response:
        slug = self.request.match_info["slug"]
        return web.json_response({"article": services(self.request).articles.favorite(slug, me(self.request))})

    async def delete(self) -> web.Response:
        slug = self.request.match_info["slug"]
        return web.json_response({"article": services(self.request).articles.unfavorite(slug, me(self.request))})


class TagsView(web.View):
    async def get(self) -> web.Response:
        return web.json_response({"tags": services(self.request).articles.tags()})
