from conduit.models.schemas import Profile
from conduit.repositories.profiles import ProfileRepository


class NotFound(Exception):
    pass


class ProfileService:
    def __init__(self, repo: ProfileRepository) -> None:
        self.repo = repo

    def follow(self, viewer_id: int, username: str) -> Profile:
        user = self.repo.find(username)
        if user is None:
            raise NotFound(username)
        user.followers.add(viewer_id)
        self.repo.save(user)
        return Profile(username=user.username, bio=user.bio, image=user.image, following=True)
