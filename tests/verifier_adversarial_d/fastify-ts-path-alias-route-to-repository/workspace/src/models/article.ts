export interface Article { slug: string; title: string; description: string; body: string; tagList: string[]; authorId: number }
