import * as migration_20261126_143700_initial from './20261126_143700_initial';
import * as migration_20261126_154301_content_model from './20261126_154301_content_model';

export const migrations = [
  {
    up: migration_20261126_143700_initial.up,
    down: migration_20261126_143700_initial.down,
    name: '20261126_143700_initial',
  },
  {
    up: migration_20261126_154301_content_model.up,
    down: migration_20261126_154301_content_model.down,
    name: '20261126_154301_content_model'
  },
];
