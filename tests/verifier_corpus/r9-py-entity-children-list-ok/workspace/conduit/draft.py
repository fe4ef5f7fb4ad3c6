class Draft:
    def __init__(self, title: str):
        self.title = title
        self.comments = []

    def add_comment(self, body: str) -> None:
        self.comments.append(body)
