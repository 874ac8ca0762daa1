import type { ArticleView, BulletinView, CaseStudyView, EditionLink, PageView, ReportView, TranslationView } from '@chasqui/cms-client'

import { absolute } from './seo'

/**
 * schema.org descriptions: NewsArticle (OpinionNewsArticle for editorials), Report with
 * its reportNumber, PublicationIssue for bulletins; editions point at each other with
 * workTranslation / translationOfWork.
 */

type Org = { name: string }

const publisher = (org: Org) => ({ '@type': 'Organization', name: org.name })

function translations(editions: EditionLink[], selfPath: string) {
  const others = editions.filter((edition) => edition.path !== selfPath)
  return others.length > 0
    ? {
        workTranslation: others.map((edition) => ({ '@type': 'CreativeWork', '@id': absolute(edition.path), inLanguage: edition.language })),
      }
    : {}
}

export function articleLd(article: ArticleView, org: Org) {
  return {
    '@context': 'https://schema.org',
    '@type': article.kind === 'editorial' ? 'OpinionNewsArticle' : 'NewsArticle',
    '@id': absolute(article.path),
    headline: article.title,
    description: article.summary,
    inLanguage: article.language,
    url: absolute(article.path),
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt,
    ...(article.heroImage ? { image: [article.heroImage.sizes.og?.url ?? article.heroImage.url] } : {}),
    ...(article.authors.length > 0 ? { author: article.authors.map((name) => ({ '@type': 'Person', name })) } : { author: publisher(org) }),
    publisher: publisher(org),
    isAccessibleForFree: !article.membersOnly,
    ...(article.bulletin
      ? { isPartOf: { '@type': 'PublicationIssue', issueNumber: String(article.bulletin.number), name: article.bulletin.title } }
      : {}),
    ...translations(article.editions, article.path),
  }
}

export function reportLd(report: ReportView, org: Org) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': absolute(report.path),
    name: report.title,
    description: report.summary,
    inLanguage: report.language,
    url: absolute(report.path),
    datePublished: report.publishedAt ?? undefined,
    ...(report.reportNumber ? { reportNumber: report.reportNumber } : {}),
    publisher: publisher(org),
    ...(report.partners.length > 0 ? { contributor: report.partners.map((partner) => ({ '@type': 'Organization', name: partner.name })) } : {}),
    ...(report.pdf ? { encoding: { '@type': 'MediaObject', contentUrl: report.pdf.url, encodingFormat: report.pdf.mimeType, contentSize: String(report.pdf.filesize) } } : {}),
    ...translations(report.editions, report.path),
  }
}

export function caseStudyLd(study: CaseStudyView, org: Org) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': absolute(study.path),
    headline: study.title,
    description: study.summary,
    inLanguage: study.language,
    url: absolute(study.path),
    datePublished: study.publishedAt ?? undefined,
    publisher: publisher(org),
    ...(study.evidence.length > 0
      ? { citation: study.evidence.map((item) => ({ '@type': 'CreativeWork', name: item.title, description: item.citation })) }
      : {}),
    ...translations(study.editions, study.path),
  }
}

export function pageLd(page: PageView) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': absolute(page.path),
    name: page.title,
    description: page.summary,
    inLanguage: page.language,
    ...translations(page.editions, page.path),
  }
}

export function bulletinLd(bulletin: BulletinView, org: Org) {
  return {
    '@context': 'https://schema.org',
    '@type': 'PublicationIssue',
    '@id': absolute(bulletin.path),
    issueNumber: String(bulletin.number),
    name: bulletin.title,
    description: bulletin.summary ?? undefined,
    datePublished: bulletin.publishedAt ?? undefined,
    publisher: publisher(org),
    hasPart: bulletin.articles.map((article) => ({ '@type': 'NewsArticle', headline: article.title, url: absolute(article.path) })),
  }
}

export function translationLd(edition: TranslationView, org: Org) {
  return {
    '@context': 'https://schema.org',
    '@type': edition.section === 'reports' ? 'Report' : edition.section === 'articles' ? 'NewsArticle' : 'CreativeWork',
    '@id': absolute(edition.path),
    name: edition.title,
    headline: edition.title,
    description: edition.summary,
    inLanguage: edition.language,
    url: absolute(edition.path),
    datePublished: edition.publishedAt ?? undefined,
    publisher: publisher(org),
    ...(edition.translator ? { translator: { '@type': 'Person', name: edition.translator } } : {}),
    ...(edition.original ? { translationOfWork: { '@type': 'CreativeWork', '@id': absolute(edition.original.path), inLanguage: edition.original.language } } : {}),
  }
}

/** A MineWatch release as a schema.org Dataset, with its downloads. */
export function minewatchDatasetLd(
  release: { month: string; summary: string; publishedAt: string; name: string; path: string },
  downloads: { path: string; format: string }[],
  org: Org,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: release.name,
    description: release.summary,
    url: absolute(release.path),
    identifier: absolute(release.path),
    datePublished: release.publishedAt,
    temporalCoverage: release.month,
    spatialCoverage: { '@type': 'Place', name: 'Peru' },
    isAccessibleForFree: true,
    creator: publisher(org),
    publisher: publisher(org),
    distribution: downloads.map((download) => ({ '@type': 'DataDownload', encodingFormat: download.format, contentUrl: absolute(download.path) })),
  }
}
