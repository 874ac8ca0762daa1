export * from './constants.js'
export type * from './payload-types.js'
