_comments: dict[int, dict] = {}
_next_id = 1


def add(article_id, body):
    global _next_id
    _comments[_next_id] = {'article_id': article_id, 'body': body}
    _next_id += 1
    return _next_id - 1
