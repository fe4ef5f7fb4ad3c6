from comments.models import StoredComment


class CommentRepository:
    def for_article(self, slug: str):
        return list(StoredComment.objects.filter(article_slug=slug).order_by("-created_at"))

    def add(self, slug: str, author_id: int, body: str):
        return StoredComment.objects.create(article_slug=slug, author_id=author_id, body=body)

    def get(self, comment_id: int):
        return StoredComment.objects.filter(pk=comment_id).first()

    def delete(self, comment_id: int) -> None:
        StoredComment.objects.filter(pk=comment_id).delete()
