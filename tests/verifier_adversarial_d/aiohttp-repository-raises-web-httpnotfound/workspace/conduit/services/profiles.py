from conduit.repositories import profiles


async def view(username: str, following: bool = False) -> dict:
    p = await profiles.get(username)
    return {"username": p.username, "bio": p.bio, "image": p.image, "following": following}
