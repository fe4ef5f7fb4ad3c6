// excerpt of KamilMarzynski/fastify-clean-architecture-example@c8f164acf6dc:src/_lib/core/config.ts
export type PersistenceType = 'mongo' | 'memory'

export interface AppConfig {
  port: number
  transportType: TransportType
  persistenceType: PersistenceType
  db: {
    url: string
    dbName: string
  }
}

export const makeConfig = (): AppConfig => {
  return {
    port: 8080,
    transportType: 'http',
    persistenceType: 'mongo',
    db: {
      url: 'mongodb://mongo:27017',
      dbName: 'project'
    }
  }
}
