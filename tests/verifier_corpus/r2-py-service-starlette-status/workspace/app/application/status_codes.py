from starlette import status

NOT_FOUND = status.HTTP_404_NOT_FOUND
