def serialize_profile(user, following=False):
    return {"username": user.username, "bio": user.bio, "image": user.image, "following": following}
