import * as migration_20261126_143700_initial from './20261126_143700_initial';

export const migrations = [
  {
    up: migration_20261126_143700_initial.up,
    down: migration_20261126_143700_initial.down,
    name: '20261126_143700_initial'
  },
];
