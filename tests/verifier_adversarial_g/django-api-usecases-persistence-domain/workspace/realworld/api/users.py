"""Users, the current user and profiles."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.urls import URLPattern, path

from realworld.api.common import ViewSet, envelope, methods


class UserViews(ViewSet):
    def register(self, request: HttpRequest) -> JsonResponse:
        return JsonResponse({"user": self.services.users.register(envelope(request, "user"))}, status=201)

    def login(self, request: HttpRequest) -> JsonResponse:
        return JsonResponse({"user": self.services.users.login(envelope(request, "user"))})

    def current(self, request: HttpRequest) -> JsonResponse:
        return JsonResponse({"user": self.services.users.present(self.me(request))})

    def update(self, request: HttpRequest) -> JsonResponse:
        me = self.me(request)
        return JsonResponse({"user": self.services.users.update(me, envelope(request, "user"))})

    def profile(self, request: HttpRequest, username: str) -> JsonResponse:
        return JsonResponse({"profile": self.services.profiles.get(username, self.viewer(request))})

    def follow(self, request: HttpRequest, username: str) -> JsonResponse:
        return JsonResponse({"profile": self.services.profiles.follow(username, self.me(request))})

    def unfollow(self, request: HttpRequest, username: str) -> JsonResponse:
        return JsonResponse({"profile": self.services.profiles.unfollow(username, self.me(request))})

    def urlpatterns(self) -> list[URLPattern]:
        return [
            path("api/users", methods(post=self.register)),
            path("api/users/login", methods(post=self.login)),
            path("api/user", methods(get=self.current, put=self.update)),
            path("api/profiles/<str:username>", methods(get=self.profile)),
            path("api/profiles/<str:username>/follow", methods(post=self.follow, delete=self.unfollow)),
        ]
