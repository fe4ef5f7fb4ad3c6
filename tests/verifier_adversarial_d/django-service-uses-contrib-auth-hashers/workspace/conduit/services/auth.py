from django.contrib.auth.hashers import check_password, make_password


class LoginFailed(Exception):
    pass


class AuthService:
    def __init__(self, users):
        self.users = users

    @staticmethod
    def hash_password(raw: str) -> str:
        return make_password(raw)

    def login(self, email: str, password: str):
        user = self.users.by_email(email)
        if user is None or not check_password(password, user.password):
            raise LoginFailed()
        return user
