import * as migration_20261126_143700_initial from './20261126_143700_initial';
import * as migration_20261126_154301_content_model from './20261126_154301_content_model';
import * as migration_20261126_170209_search_feed_fields from './20261126_170209_search_feed_fields';
import * as migration_20261126_173526_search_drop_edition_languages from './20261126_173526_search_drop_edition_languages';
import * as migration_20261126_173533_search_show_in from './20261126_173533_search_show_in';
import * as migration_20261126_203204_api_keys_tombstones from './20261126_203204_api_keys_tombstones';
import * as migration_20261126_213000_search_full_text from './20261126_213000_search_full_text';
import * as migration_20261126_222138_published_newest_first from './20261126_222138_published_newest_first';
import * as migration_20261126_233753_membership from './20261126_233753_membership';
import * as migration_20261127_003436_minewatch from './20261127_003436_minewatch';
import * as migration_20261127_010822_staff_reset_interval from './20261127_010822_staff_reset_interval';

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
    name: '20261126_170209_search_feed_fields',
  },
  {
    up: migration_20261126_173526_search_drop_edition_languages.up,
    down: migration_20261126_173526_search_drop_edition_languages.down,
    name: '20261126_173526_search_drop_edition_languages',
  },
  {
    up: migration_20261126_173533_search_show_in.up,
    down: migration_20261126_173533_search_show_in.down,
    name: '20261126_173533_search_show_in',
  },
  {
    up: migration_20261126_203204_api_keys_tombstones.up,
    down: migration_20261126_203204_api_keys_tombstones.down,
    name: '20261126_203204_api_keys_tombstones',
  },
  {
    up: migration_20261126_213000_search_full_text.up,
    down: migration_20261126_213000_search_full_text.down,
    name: '20261126_213000_search_full_text',
  },
  {
    up: migration_20261126_222138_published_newest_first.up,
    down: migration_20261126_222138_published_newest_first.down,
    name: '20261126_222138_published_newest_first',
  },
  {
    up: migration_20261126_233753_membership.up,
    down: migration_20261126_233753_membership.down,
    name: '20261126_233753_membership',
  },
  {
    up: migration_20261127_003436_minewatch.up,
    down: migration_20261127_003436_minewatch.down,
    name: '20261127_003436_minewatch',
  },
  {
    up: migration_20261127_010822_staff_reset_interval.up,
    down: migration_20261127_010822_staff_reset_interval.down,
    name: '20261127_010822_staff_reset_interval'
  },
];
