/** Constants shared by the cms, the client and the site. No runtime dependencies. */

/** Languages of the interface (admin and site) and of localized labels. */
export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

/** Languages a publication or one of its translated editions can be in. */
export const LANGUAGES = ['en', 'es'] as const
export type Language = (typeof LANGUAGES)[number]
export const LANGUAGE_NAMES: Record<Language, { en: string; es: string; native: string }> = {
  en: { en: 'English', es: 'Inglés', native: 'English' },
  es: { en: 'Spanish', es: 'Español', native: 'Español' },
}

export const STAFF_ROLES = ['admin', 'editor', 'translator', 'researcher', 'membership', 'integrator', 'preview'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const COLLECTIONS = {
  users: 'users',
  members: 'members',
  articles: 'articles',
  bulletins: 'bulletins',
  reports: 'reports',
  caseStudies: 'case-studies',
  evidence: 'evidence',
  translations: 'translations',
  pages: 'pages',
  topics: 'topics',
  media: 'media',
  documents: 'documents',
  search: 'search',
  redirects: 'redirects',
  apiKeys: 'api-keys',
  tombstones: 'tombstones',
  companies: 'companies',
  projects: 'projects',
  conflicts: 'conflicts',
  minewatchReleases: 'minewatch-releases',
  corrections: 'corrections',
} as const
export type CollectionSlug = (typeof COLLECTIONS)[keyof typeof COLLECTIONS]

/** Collections whose documents can have translated editions. */
export const TRANSLATABLE_COLLECTIONS = ['articles', 'reports', 'case-studies', 'pages'] as const
export type TranslatableCollection = (typeof TRANSLATABLE_COLLECTIONS)[number]

/**
 * Collections served by the sync feed (`GET /api/changes`): everything a public mirror
 * holds. Removals from public view in these leave tombstones.
 */
export const SYNCED_COLLECTIONS = [
  'articles',
  'bulletins',
  'reports',
  'case-studies',
  'translations',
  'pages',
  'topics',
  'evidence',
  'media',
  'documents',
  'companies',
  'projects',
  'conflicts',
  'minewatch-releases',
] as const
export type SyncedCollection = (typeof SYNCED_COLLECTIONS)[number]

/** Why a document left public view: deleted, unpublished, or made staff-only. */
export const TOMBSTONE_REASONS = ['deleted', 'unpublished', 'restricted'] as const
export type TombstoneReason = (typeof TOMBSTONE_REASONS)[number]

export const GLOBALS = { siteSettings: 'site-settings', navigation: 'navigation', home: 'home' } as const

/** Peru's 25 regions (24 departments and the Constitutional Province of Callao), plus the nation as a whole. */
export const REGIONS = [
  { value: 'national', label: 'National' },
  { value: 'amazonas', label: 'Amazonas' },
  { value: 'ancash', label: 'Áncash' },
  { value: 'apurimac', label: 'Apurímac' },
  { value: 'arequipa', label: 'Arequipa' },
  { value: 'ayacucho', label: 'Ayacucho' },
  { value: 'cajamarca', label: 'Cajamarca' },
  { value: 'callao', label: 'Callao' },
  { value: 'cusco', label: 'Cusco' },
  { value: 'huancavelica', label: 'Huancavelica' },
  { value: 'huanuco', label: 'Huánuco' },
  { value: 'ica', label: 'Ica' },
  { value: 'junin', label: 'Junín' },
  { value: 'la_libertad', label: 'La Libertad' },
  { value: 'lambayeque', label: 'Lambayeque' },
  { value: 'lima', label: 'Lima' },
  { value: 'loreto', label: 'Loreto' },
  { value: 'madre_de_dios', label: 'Madre de Dios' },
  { value: 'moquegua', label: 'Moquegua' },
  { value: 'pasco', label: 'Pasco' },
  { value: 'piura', label: 'Piura' },
  { value: 'puno', label: 'Puno' },
  { value: 'san_martin', label: 'San Martín' },
  { value: 'tacna', label: 'Tacna' },
  { value: 'tumbes', label: 'Tumbes' },
  { value: 'ucayali', label: 'Ucayali' },
] as const
export type Region = (typeof REGIONS)[number]['value']

export const ARTICLE_KINDS = ['news', 'analysis', 'editorial', 'campaign', 'event_report', 'press_release'] as const
export const REPORT_KINDS = ['research', 'annual', 'briefing'] as const
export const EVIDENCE_KINDS = ['court_document', 'diplomatic_cable', 'video', 'photo', 'testimony', 'press'] as const
export const EVIDENCE_SENSITIVITY = ['public', 'redacted', 'staff_only'] as const
export const VISIBILITY = ['public', 'members'] as const
export type Visibility = (typeof VISIBILITY)[number]

/** The sections the site search filters by (translations count as their original's). */
export const SEARCHABLE_SECTIONS = ['articles', 'reports', 'case-studies', 'bulletins', 'pages', 'evidence'] as const

/** MineWatch: UK-linked extractive companies in Peru and the social conflicts around their projects. */
export const LISTINGS = [
  { value: 'lse_main', label: 'LSE Main Market', es: 'LSE Mercado Principal' },
  { value: 'aim', label: 'AIM', es: 'AIM' },
  { value: 'other', label: 'Other, significant British capital', es: 'Otro, capital británico significativo' },
] as const
export type Listing = (typeof LISTINGS)[number]['value']

export const PROJECT_STAGES = [
  { value: 'exploration', label: 'Exploration', es: 'Exploración' },
  { value: 'construction', label: 'Construction', es: 'Construcción' },
  { value: 'production', label: 'Production', es: 'Producción' },
  { value: 'care_and_maintenance', label: 'Care and maintenance', es: 'Cuidado y mantenimiento' },
  { value: 'closure', label: 'Closure', es: 'Cierre' },
] as const
export type ProjectStage = (typeof PROJECT_STAGES)[number]['value']

export const MINERALS = [
  { value: 'copper', label: 'Copper', es: 'Cobre' },
  { value: 'gold', label: 'Gold', es: 'Oro' },
  { value: 'silver', label: 'Silver', es: 'Plata' },
  { value: 'zinc', label: 'Zinc', es: 'Zinc' },
  { value: 'lead', label: 'Lead', es: 'Plomo' },
  { value: 'molybdenum', label: 'Molybdenum', es: 'Molibdeno' },
  { value: 'iron', label: 'Iron', es: 'Hierro' },
  { value: 'tin', label: 'Tin', es: 'Estaño' },
  { value: 'uranium', label: 'Uranium', es: 'Uranio' },
  { value: 'oil', label: 'Oil', es: 'Petróleo' },
  { value: 'gas', label: 'Gas', es: 'Gas' },
  { value: 'phosphate', label: 'Phosphate', es: 'Fosfato' },
] as const
export type Mineral = (typeof MINERALS)[number]['value']

export const CONFLICT_TYPES = [
  { value: 'environmental', label: 'Environmental', es: 'Socioambiental' },
  { value: 'land', label: 'Land', es: 'Tierras' },
  { value: 'labour', label: 'Labour', es: 'Laboral' },
  { value: 'consultation', label: 'Prior consultation', es: 'Consulta previa' },
  { value: 'water', label: 'Water', es: 'Agua' },
  { value: 'other', label: 'Other', es: 'Otro' },
] as const
export type ConflictType = (typeof CONFLICT_TYPES)[number]['value']

/** The Defensoría del Pueblo's classification in its monthly social-conflict reports. */
export const CONFLICT_STATUSES = [
  { value: 'active', label: 'Active', es: 'Activo' },
  { value: 'latent', label: 'Latent', es: 'Latente' },
  { value: 'resolved', label: 'Resolved', es: 'Resuelto' },
  { value: 'retired', label: 'Retired', es: 'Retirado' },
] as const
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number]['value']

/** A conflict that is still open: counts towards "projects in conflict". */
export const OPEN_CONFLICT_STATUSES: readonly ConflictStatus[] = ['active', 'latent']

/** The datasets of MineWatch's CSV round trip, in dependency order. */
export const MINEWATCH_DATASETS = ['companies', 'projects', 'conflicts'] as const
export type MinewatchDataset = (typeof MINEWATCH_DATASETS)[number]
