class AppError(Exception):
    status = 422


class UsernameTaken(AppError):
    status = 409


class UserMissing(AppError):
    status = 404
