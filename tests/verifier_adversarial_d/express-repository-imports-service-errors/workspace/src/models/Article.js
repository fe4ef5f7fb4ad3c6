class Article {
  constructor(props) { Object.assign(this, props); }
}
module.exports = Article;
