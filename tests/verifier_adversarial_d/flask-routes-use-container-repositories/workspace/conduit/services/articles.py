class ArticleService:
    def __init__(self, articles, tags):
        self.articles, self.tags = articles, tags

    def create(self, data):
        tags = self.tags.ensure(data.get("tagList") or [])
        return self.articles.add(data["title"].lower().replace(" ", "-"), {**data, "tagList": [t.name for t in tags]})
