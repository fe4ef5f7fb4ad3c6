from conduit.models.entities import Article


def feed(author_id):
    return Article.query.filter_by(author_id=author_id).all()
