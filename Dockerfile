# syntax=docker/dockerfile:1
# One image recipe for both apps (targets `cms` and `web`), built from the monorepo.
# Debian-based on purpose: libsql's native module (SQLite adapter) breaks on Alpine.

FROM node:20-bookworm-slim AS base
ENV NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 PNPM_HOME=/pnpm PATH=/pnpm:$PATH
RUN npm install --global --no-audit --no-fund pnpm@10.34.9
WORKDIR /app

FROM base AS build
COPY . .
RUN pnpm install --frozen-lockfile
RUN pnpm exec turbo run build --filter=cms --filter=web

FROM base AS cms
ENV NODE_ENV=production
COPY --from=build /app /app
WORKDIR /app/cms
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://localhost:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Migrations and demo content first (idempotent), then the server.
CMD ["sh", "-c", "node ../scripts/run-ts.mjs scripts/prepare.ts && exec node node_modules/next/dist/bin/next start --port 3000"]

FROM base AS web
ENV NODE_ENV=production
COPY --from=build /app /app
WORKDIR /app/web
EXPOSE 3001
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://localhost:3001/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The heap limit bounds the site's memory and sets how often V8 collects (see scripts/start.ts).
CMD ["node", "--max-old-space-size=1024", "server.mjs", "--port", "3001"]
