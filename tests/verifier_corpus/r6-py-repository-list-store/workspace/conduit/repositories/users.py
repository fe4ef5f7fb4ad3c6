class UserRepository:
    def __init__(self):
        self.users = []

    def add(self, user):
        self.users.append(user)
        return user
