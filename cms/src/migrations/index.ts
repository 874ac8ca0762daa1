import * as migration_20261126_143700_initial from './20261126_143700_initial';
import * as migration_20261126_154301_content_model from './20261126_154301_content_model';
import * as migration_20261126_170209_search_feed_fields from './20261126_170209_search_feed_fields';

export const migrations = [
  {
    up: migration_20261126_143700_initial.up,
    down: migration_20261126_143700_initial.down,
    name: '20261126_143700_initial',
  },
  {
    up: migration_20261126_154301_content_model.up,
    down: migration_20261126_154301_content_model.down,
    name: '20261126_154301_content_model',
  },
  {
    up: migration_20261126_170209_search_feed_fields.up,
    down: migration_20261126_170209_search_feed_fields.down,
    name: '20261126_170209_search_feed_fields'
  },
];
