"""Load demo content: python scripts/seed.py"""
from faker import Faker

from conduit.db import SessionLocal, engine
from conduit.models.tables import Base
from conduit.repositories.articles import ArticleRepository

fake = Faker()
Base.metadata.create_all(engine)
repo = ArticleRepository(SessionLocal)
for i in range(20):
    title = fake.sentence()
    repo.add(slug=f"demo-{i}", title=title, description=fake.sentence(), body=fake.text())
print("seeded", repo.count(), "articles")
