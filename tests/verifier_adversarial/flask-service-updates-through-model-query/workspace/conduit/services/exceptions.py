class ServiceError(Exception):
    status_hint = "invalid"


class ArticleNotFound(ServiceError):
    status_hint = "not_found"


class NotAuthor(ServiceError):
    status_hint = "forbidden"
