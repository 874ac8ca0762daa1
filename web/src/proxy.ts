import { type NextRequest, NextResponse } from 'next/server'

/**
 * English lives at the root and Spanish under /es, while the app has one route tree
 * under [lang]: root paths are rewritten to /en/…, and /en/… itself redirects to the
 * root so every page has one address.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname === '/en' || pathname.startsWith('/en/')) {
    const url = request.nextUrl.clone()
    url.pathname = pathname.slice(3) || '/'
    return NextResponse.redirect(url, 308)
  }
  if (pathname === '/es' || pathname.startsWith('/es/')) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = `/en${pathname === '/' ? '' : pathname}`
  return NextResponse.rewrite(url)
}

export const config = {
  // Not the API, Next's assets, the site-wide files or the benchmark's baseline page.
  matcher: ['/((?!api/|_next/|favicon\\.ico|robots\\.txt|sitemap|baseline).*)'],
}
