// The layers as rules (`npm run lint:layers`, part of `npm test`). The picture is in the README's design notes:
//
//   app/ (pages, route handlers, server actions) ─┬──> lib/operations (one use case a file) ──> lib/data/writes
//   cli/ ─────────────────────────────────────────┤            │                                    │
//                                                 └──> lib/data (queries, row types) <──────────────┘──> lib/db.ts
//   components/ (presentational, client) ──> types only from lib/data;   everything ──> domain: lib/{rules,...}
//
// The domain is pure TypeScript; components render what they are given; app/ and cli/ read through lib/data
// and change anything only through lib/operations, which writes the change and its audit entry together.
/** Folders of pure domain logic: no database, no React, no Next, no routes. */
const domain =
  "^lib/(audit|boms|csv|imports|lists|overview|ownership|parties|replay|rules|scenarios|screening|security)/|^lib/(money|errors|country-code)\\.ts$";
const dataAccess =
  "^lib/(data/|db\\.ts$|sqlite-serialised\\.ts$|schema-engine/)|^generated/|^node_modules/(@prisma|pg|better-sqlite3)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "Domain folders import no data access, React, Next or app code: they are tested without a database.",
      severity: "error",
      from: { path: domain, pathNot: "\\.test\\.ts$" },
      to: {
        path: [
          dataAccess,
          "^node_modules/(@types/)?(react|react-dom|next)/",
          "^app/",
          "^components/",
          "^cli/",
          "^lib/auth/",
        ],
      },
    },
    {
      name: "components-use-no-data-access",
      comment:
        "Components render what they are given: data is loaded in app/ (server components, actions) and passed in. " +
        "The row types they show are in lib/data/*-types.ts, files of types only.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: dataAccess, pathNot: "^lib/data/[a-z-]+-types\\.ts$" },
    },
    {
      name: "routes-use-no-database-client",
      comment: "Routes, pages and actions stay thin: queries and writes are in lib/data, never built in a route.",
      severity: "error",
      from: { path: "^app/" },
      to: { path: "^lib/db\\.ts$|^generated/|^node_modules/(@prisma|pg|better-sqlite3)/" },
    },
    {
      name: "writes-only-through-operations",
      comment:
        "Routes, actions, pages and CLI commands change data only through a use case in lib/operations, which " +
        "writes the rows and their audit entry in one transaction; lib/data/writes is below it.",
      severity: "error",
      from: { path: "^(app|cli|components)/" },
      to: { path: "^lib/data/writes/" },
    },
    {
      name: "operations-use-no-database-client",
      comment: "A use case loads and writes through lib/data (and the transaction it hands out), never the client.",
      severity: "error",
      from: { path: "^lib/operations/" },
      to: { path: "^lib/db\\.ts$|^generated/|^node_modules/(@prisma|pg|better-sqlite3)/" },
    },
    {
      name: "queries-use-no-use-cases",
      comment: "lib/data is below the use cases (lib/operations) and never calls up into them.",
      severity: "error",
      from: { path: "^lib/data/" },
      to: { path: "^lib/operations/|^app/|^cli/|^components/" },
    },
    {
      name: "lib-imports-no-app",
      comment: "Nothing in lib/ reaches up into routes, components or the CLI.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^app/|^components/|^cli/" },
    },
    {
      name: "no-circular",
      comment: "A cycle makes two modules one; split out what both need.",
      severity: "error",
      from: { path: "^(lib|app|components|cli)/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(\\.next|reports|bench/\\.out)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
