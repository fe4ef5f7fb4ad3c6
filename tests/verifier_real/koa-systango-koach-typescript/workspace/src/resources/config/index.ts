// excerpt of https://github.com/SystangoTechnologies/koach-typescript@fdd2e28ad82d:src/resources/config/index.ts
import { ConfigurationManager } from './ConfigurationManager'
