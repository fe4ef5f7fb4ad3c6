from models.profile import Profile
from repositories import follow_repository, user_repository


class ProfileNotFound(Exception):
    pass


def follow(follower_id: int, username: str) -> Profile:
    profile = user_repository.find_profile(username)
    if profile is None:
        raise ProfileNotFound(username)
    follow_repository.follow(follower_id, profile.id)
    profile.following = True
    return profile
