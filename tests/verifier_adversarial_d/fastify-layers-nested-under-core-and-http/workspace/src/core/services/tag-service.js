export class TagService {
  constructor(repo) { this.repo = repo; }
  async list() { return (await this.repo.all()).map((t) => t.name).sort(); }
}
