from aiohttp import web


class CommentService:
    def __init__(self, comments):
        self._comments = comments

    def delete(self, comment_id, user_id):
        comment = self._comments.get(comment_id)
        if comment is None:
            raise web.HTTPNotFound(text='{"errors": {"body": ["comment not found"]}}', content_type="application/json")
        if comment.author_id != user_id:
            raise web.HTTPForbidden(text='{"errors": {"body": ["forbidden"]}}', content_type="application/json")
        self._comments.delete(comment)
