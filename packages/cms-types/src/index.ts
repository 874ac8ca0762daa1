export * from './constants.js'
export * from './paths.js'
export type * from './payload-types.js'
