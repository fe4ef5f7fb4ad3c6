export class ArticleService {
  constructor(repo) { this.repo = repo; }
  async get(slug) { return this.repo.find(slug); }
}
