CREATE TABLE IF NOT EXISTS users (id serial PRIMARY KEY, email text UNIQUE NOT NULL, username text UNIQUE NOT NULL, password text NOT NULL, bio text DEFAULT '', image text);
CREATE TABLE IF NOT EXISTS articles (id serial PRIMARY KEY, slug text UNIQUE NOT NULL, title text NOT NULL, description text, body text, author_id int REFERENCES users(id), created_at timestamptz DEFAULT now(), updated_at timestamptz DEFAULT now());
CREATE TABLE IF NOT EXISTS favorites (user_id int REFERENCES users(id), article_id int REFERENCES articles(id) ON DELETE CASCADE, PRIMARY KEY (user_id, article_id));
