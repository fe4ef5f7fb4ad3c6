from django.http import Http404


class ProfileService:
    def __init__(self, users):
        self._users = users

    def get(self, username, viewer_id=None):
        user = self._users.by_username(username)
        if user is None:
            raise Http404("profile not found")
        return {"username": user.username, "bio": user.bio, "image": user.image, "following": False}
