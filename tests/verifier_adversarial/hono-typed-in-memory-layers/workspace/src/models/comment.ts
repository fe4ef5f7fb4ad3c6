export interface Comment {
  id: number;
  articleSlug: string;
  body: string;
  authorUsername: string;
  createdAt: Date;
  updatedAt: Date;
}
