/**
 * The everyday reads: the latest Spanish-language reports on a topic, one report with its
 * editions in every language, and a bulletin with its articles.
 *
 *   CHASQUI_URL=https://cms.example.org npx tsx examples/latest.ts
 */
import { CmsError, createCmsClient } from '@chasqui/cms-client'

const cms = createCmsClient({ baseUrl: process.env.CHASQUI_URL ?? 'http://localhost:3000', apiKey: process.env.CHASQUI_API_KEY })

async function main(): Promise<void> {
  const topic = await cms.getTopic('mining-and-extractives', 'es')
  const latest = await cms.listFeed({ language: 'es', section: 'reports', topicId: topic?.id, limit: 5 })
  for (const item of latest.items) console.log(`${item.publishedAt ?? ''}  ${item.title}  ${item.path}`)

  const report = await cms.getEdition('reports', 'artisanal-gold-mining-in-peru', 'en')
  if (report) console.log(report.title, report.editions.map((edition) => `${edition.language}: ${edition.path}`))

  const bulletin = await cms.getBulletin(154)
  if (bulletin) console.log(bulletin.title, bulletin.articles.map((article) => article.title))
}

main().catch((error: unknown) => {
  // Every failure is a CmsError with a status and a stable code (CMS_UNAVAILABLE when unreachable).
  if (error instanceof CmsError) console.error(`${error.code} (${error.status}): ${error.message}`)
  else console.error(error)
  process.exit(1)
})
