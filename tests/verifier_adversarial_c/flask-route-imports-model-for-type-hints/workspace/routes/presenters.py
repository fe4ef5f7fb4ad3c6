from models.user import User


def present_profile(user: User, following: bool = False) -> dict:
    return {"username": user.username, "bio": user.bio, "image": user.image, "following": following}
