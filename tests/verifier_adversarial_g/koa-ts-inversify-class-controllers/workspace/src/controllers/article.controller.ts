import type { Context } from 'koa';
import { inject, injectable } from 'inversify';
import { TYPES } from '../ioc/types.js';
import type { ArticleService } from '../services/article-service.js';

@injectable()
export class ArticleController {
  constructor(@inject(TYPES.ArticleService) private readonly articles: ArticleService) {}

  list = async (ctx: Context) => {
    ctx.body = await this.articles.list(ctx.query, ctx.state.userId);
  };

  feed = async (ctx: Context) => {
    ctx.body = await this.articles.feed(ctx.state.userId, ctx.query);
  };

  show = async (ctx: Context) => {
    ctx.body = { article: await this.articles.get(ctx.params.slug, ctx.state.userId) };
  };

  create = async (ctx: Context) => {
    ctx.status = 201;
    ctx.body = { article: await this.articles.create(ctx.state.userId, (ctx.request as any).body?.article) };
  };

  update = async (ctx: Context) => {
    ctx.body = { article: await this.articles.update(ctx.params.slug, ctx.state.userId, (ctx.request as any).body?.article) };
  };

  remove = async (ctx: Context) => {
    await this.articles.remove(ctx.params.slug, ctx.state.userId);
    ctx.body = {};
  };

  favorite = async (ctx: Context) => {
    ctx.body = { article: await this.articles.favorite(ctx.params.slug, ctx.state.userId) };
  };

  unfavorite = async (ctx: Context) => {
    ctx.body = { article: await this.articles.unfavorite(ctx.params.slug, ctx.state.userId) };
  };

  tags = async (ctx: Context) => {
    ctx.body = { tags: await this.articles.tags() };
  };
}
