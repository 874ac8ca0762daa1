import type { Language } from '@chasqui/cms-types'

import { minewatchStrings } from '../../i18n/minewatch'
import { getReleases } from '../../lib/minewatch-data'
import { SampleNotice } from './sample-notice'

/** The sample-data label, on pages of live data while the newest release is the demo dataset. */
export async function MinewatchNotice({ language }: { language: Language }) {
  const [newest] = await getReleases()
  return newest?.sampleData ? <SampleNotice text={minewatchStrings(language).sampleData} /> : null
}
