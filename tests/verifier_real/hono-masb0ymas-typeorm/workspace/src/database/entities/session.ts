// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/database/entities/session.ts
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm'

import { Base } from './base'

import { User } from './user'

@Entity({ name: 'sessions' })
export class Session extends Base {
  @ManyToOne(() => User, (User) => User.sessions)
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>

  @Index()
  @Column({ type: 'uuid' })
  user_id: string

  @Index()
  @Column({ type: 'text' })
  token: string

  @Column({ nullable: true })
  ip_address!: string

  @Column({ nullable: true })
  device!: string

  @Column({ nullable: true })
  platform!: string

  @Column({ type: 'text', nullable: true })
  user_agent!: string

  @Column({ nullable: true })
  latitude!: string

  @Column({ nullable: true })
  longitude!: string

  @Column({ type: 'timestamp' })
  expires_at: Date

  @Column({ type: 'bigint' })
  expires_in: number
}
