/**
 * Above the members list: the CSV export for the membership secretary. The same filters
 * as the list are available as query parameters (docs/membership.md).
 */
export function MembersCsvLink() {
  return (
    <p style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
      <a href="/api/members/export.csv">Download all members (CSV)</a>
      <a href="/api/members/export.csv?status=active">Active members (CSV)</a>
      <a href="/api/members/export.csv?giftAid=true">Gift Aid declarations (CSV)</a>
    </p>
  )
}
