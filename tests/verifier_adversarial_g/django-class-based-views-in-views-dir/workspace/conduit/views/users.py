"""Users, the current user and profiles."""

from __future__ import annotations

from django.http import JsonResponse

from conduit.views.base import ApiView


class RegisterView(ApiView):
    def post(self, request) -> JsonResponse:
        return JsonResponse({"user": self.services.users.register(self.envelope("user"))}, status=201)


class LoginView(ApiView):
    def post(self, request) -> JsonResponse:
        return JsonResponse({"user": self.services.users.login(self.envelope("user"))})


class CurrentUserView(ApiView):
    def get(self, request) -> JsonResponse:
        return JsonResponse({"user": self.services.users.present(self.me)})

    def put(self, request) -> JsonResponse:
        me = self.me
        return JsonResponse({"user": self.services.users.update(me, self.envelope("user"))})


class ProfileView(ApiView):
    def get(self, request, username: str) -> JsonResponse:
        return JsonResponse({"profile": self.services.profiles.get(username, self.viewer)})


class FollowView(ApiView):
    def post(self, request, username: str) -> JsonResponse:
        return JsonResponse({"profile": self.services.profiles.follow(username, self.me)})

    def delete(self, request, username: str) -> JsonResponse:
        return JsonResponse({"profile": self.services.profiles.unfollow(username, self.me)})
