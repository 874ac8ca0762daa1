import { ArticleCard } from '../components/articles/article-card'
import { cms } from '../lib/cms'

// Rendered per request for now; tag-based caching arrives with the full site.
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const articles = await cms.listArticles({ limit: 10 })
  return (
    <>
      <h1>Latest</h1>
      {articles.items.length === 0 ? (
        <p className="empty">Nothing has been published yet.</p>
      ) : (
        <ol className="feed">
          {articles.items.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
