// The generated types live in packages/cms-types (typescript.declare: false in the
// config), so the cms declares the module augmentation itself.
import type { Config } from '@chasqui/cms-types'

declare module 'payload' {
  // Module augmentation needs an interface that extends the generated Config as is.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface GeneratedTypes extends Config {}
}
