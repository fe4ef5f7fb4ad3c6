class ProfileService:
    def __init__(self, users):
        self.users = users

    def get(self, username):
        user = self.users.by_username(username)
        return None if user is None else {"username": user.username, "bio": user.bio, "image": user.image, "following": False}
