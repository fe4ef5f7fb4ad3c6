import type { PrismaClient } from '@prisma/client';

export class TagService {
  constructor(private prisma: PrismaClient) {}

  async popular() {
    return this.prisma.tag.findMany({ take: 10 });
  }
}
