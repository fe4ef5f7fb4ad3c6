import bcrypt


class InvalidCredentials(Exception):
    pass


class UserService:
    def __init__(self, users):
        self.users = users

    def login(self, email, password):
        user = self.users.by_email(email)
        if not user or not bcrypt.checkpw(password.encode(), user.password_hash.encode()):
            raise InvalidCredentials()
        return user
