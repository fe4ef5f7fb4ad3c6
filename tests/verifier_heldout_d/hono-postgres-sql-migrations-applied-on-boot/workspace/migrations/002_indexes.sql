CREATE INDEX IF NOT EXISTS articles_author_idx ON articles (author_id);
CREATE INDEX IF NOT EXISTS articles_created_idx ON articles (created_at DESC);
CREATE INDEX IF NOT EXISTS comments_article_idx ON comments (article_id);
