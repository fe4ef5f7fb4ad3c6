class Thread:
    def __init__(self, slug):
        self.slug = slug
        self.comments = []

    def add_comment(self, body):
        self.comments.append(body)
