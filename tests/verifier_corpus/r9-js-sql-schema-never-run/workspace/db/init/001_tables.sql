CREATE TABLE articles (id serial PRIMARY KEY, slug text UNIQUE);
