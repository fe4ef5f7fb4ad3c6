from fastapi import Header, HTTPException


def current_user_dependency(user_service):
    def current_user(authorization: str | None = Header(default=None)):
        if not authorization or not authorization.startswith("Token "):
            raise HTTPException(status_code=401, detail={"errors": {"body": ["missing token"]}})
        user = user_service.by_token(authorization[6:])
        if user is None:
            raise HTTPException(status_code=401, detail={"errors": {"body": ["invalid token"]}})
        return user

    return current_user
