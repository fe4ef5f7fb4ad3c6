export interface Article {
  id: number;
  slug: string;
  title: string;
  body: string;
  authorId: number;
}
