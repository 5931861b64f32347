// Import rules of the workspace (`npm test` runs them after eslint; CONTRIBUTING.md explains the layers).
// Dependencies point one way: services, workflows and web → domain, authz, contracts → catalog; only packages/db
// touches PostgreSQL; nothing imports from services except tests and the benchmark. Paths are matched after
// resolution, so `@kizuna/domain` counts as packages/domain/src.

const PACKAGE = (name) => `^packages/${name}/`;
// Resolved paths of the PostgreSQL drivers and drizzle (pnpm nests them under node_modules/.pnpm/…/node_modules/).
const POSTGRES_LIBRARIES = '(^|/)node_modules/(@types/)?(pg|pg-pool|pg-native|postgres|drizzle-orm)/';
// The root folder of each workspace package (pnpm-workspace.yaml), captured as $1.
const WORKSPACE_PACKAGE = '^((?:packages|services)/[^/]+|workflows|web|infra|test)/';
// Workflow code is what the worker bundles and replays; everything else in workflows/ is activities and clients.
const WORKFLOW_CODE = '^workflows/src/(workflows/|workflows\\.ts$)';
// The domain's pure lifecycle state machine, which the workflow bundle imports as `@kizuna/domain/lifecycle`.
// (and the webhooks' retry rule, `@kizuna/domain/webhooks`, under the same rules).
const LIFECYCLE_MACHINE = '^packages/domain/src/(lifecycle|webhooks)/machine/';
// The pure reminder step of regulator requests, imported as `@kizuna/domain/regulator-request-reminders`.
const REMINDER_MACHINE = '^packages/domain/src/regulator-requests/reminders/';
// The pure incident response machine, imported by the incidentResponse workflow as `@kizuna/domain/incidents-response`.
const RESPONSE_MACHINE = '^packages/domain/src/incidents/response/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order matter and layers meaningless; move the shared piece down a layer.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'An import the cruiser cannot resolve is one no rule can check: fix the import or the resolve options. ' +
        "Vite's virtual modules (web/vite.config.ts makes them at build time) are the one known exception.",
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
    {
      name: 'no-import-from-services',
      severity: 'error',
      comment: 'Services are deployables: nothing imports them except tests and the benchmark (test/).',
      from: { pathNot: ['^services/', '^test/'] },
      to: { path: '^services/' },
    },
    {
      name: 'no-service-to-service',
      severity: 'error',
      comment: 'One service does not reach into another; share code through packages/* or workflows/.',
      from: { path: '^services/([^/]+)/' },
      to: { path: '^services/', pathNot: '^services/$1/' },
    },
    {
      name: 'no-import-from-web-or-infra',
      severity: 'error',
      comment: 'web/ (the browser app) and infra/ (launcher, operator CLI) sit on top: only tests import them.',
      from: { pathNot: ['^web/', '^infra/', '^test/'] },
      to: { path: '^(web|infra)/' },
    },
    {
      name: 'packages-not-to-apps',
      severity: 'error',
      comment: 'Libraries under packages/ never import services, workflows, web, infra or tests.',
      from: { path: '^packages/' },
      to: { path: '^(services|workflows|web|infra|test)/' },
    },
    {
      name: 'no-relative-import-across-packages',
      severity: 'error',
      comment: 'A workspace package is used through its package.json exports, never by a relative path into its files.',
      from: { path: WORKSPACE_PACKAGE },
      to: { dependencyTypes: ['local'], pathNot: '^$1/' },
    },
    {
      name: 'catalog-is-the-bottom',
      severity: 'error',
      comment: 'packages/catalog is framework data: it imports no other workspace code.',
      from: { path: PACKAGE('catalog') },
      to: { path: '^packages/', pathNot: PACKAGE('catalog') },
    },
    {
      name: 'contracts-only-catalog-and-authz',
      severity: 'error',
      comment:
        'packages/contracts (REST schemas) builds on packages/catalog, and on packages/authz for the API-key scope ' +
        'list and the rules each operation needs.',
      from: { path: PACKAGE('contracts') },
      to: { path: '^packages/', pathNot: [PACKAGE('contracts'), PACKAGE('catalog'), PACKAGE('authz')] },
    },
    {
      name: 'authz-stands-alone',
      severity: 'error',
      comment:
        'packages/authz (CASL rules) runs in the API, the workflows and the browser: it imports no workspace code.',
      from: { path: PACKAGE('authz') },
      to: { path: '^packages/', pathNot: PACKAGE('authz') },
    },
    {
      name: 'domain-not-to-db',
      severity: 'error',
      comment: 'packages/domain holds use-cases and ports: it receives repositories, so it never imports packages/db.',
      from: { path: PACKAGE('domain') },
      to: { path: PACKAGE('db') },
    },
    {
      name: 'client-is-for-callers',
      severity: 'error',
      comment: 'packages/client is the integrators’ typed client: other packages never build on it.',
      from: { path: '^packages/', pathNot: PACKAGE('client') },
      to: { path: PACKAGE('client') },
    },
    {
      name: 'client-only-contracts',
      severity: 'error',
      comment: 'packages/client is published to integrators: it is built on contracts alone.',
      from: { path: PACKAGE('client') },
      to: { path: '^packages/', pathNot: [PACKAGE('client'), PACKAGE('contracts'), PACKAGE('catalog')] },
    },
    {
      name: 'only-db-talks-sql',
      severity: 'error',
      comment:
        'PostgreSQL drivers and drizzle are for packages/db (and infra, tests). Elsewhere a pg.Pool may be named ' +
        'as a type, since services pass the pool that packages/db made.',
      from: { pathNot: [PACKAGE('db'), '^infra/', '^test/'] },
      to: { path: POSTGRES_LIBRARIES, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-not-to-server-code',
      severity: 'error',
      comment:
        'The browser app talks to the API; it may use contracts, authz and catalog, never db, domain or services.',
      from: { path: '^web/' },
      to: { path: ['^packages/(db|domain)/', '^(services|workflows|infra|test)/'] },
    },
    {
      name: 'workflow-code-activities-as-types',
      severity: 'error',
      comment:
        'Workflow code is replayed in a sandbox: it calls activities through proxyActivities and imports them as types only.',
      from: { path: WORKFLOW_CODE },
      to: { path: '^workflows/src/[^/]*activit[^/]*\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'workflow-code-no-io',
      severity: 'error',
      comment:
        'Workflow code stays deterministic: no database, no services, no domain use-cases (they do I/O); the ' +
        "domain's pure lifecycle state machine is the one part of the domain it runs.",
      from: { path: WORKFLOW_CODE },
      to: {
        path: ['^packages/(db|domain)/', '^(services|infra)/'],
        pathNot: [LIFECYCLE_MACHINE, REMINDER_MACHINE, RESPONSE_MACHINE],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'reminder-machine-is-pure',
      severity: 'error',
      comment: 'The reminder step runs inside the workflow sandbox: it imports nothing of value outside itself.',
      from: { path: REMINDER_MACHINE },
      to: { path: '^packages/', pathNot: REMINDER_MACHINE, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'lifecycle-machine-is-pure',
      severity: 'error',
      comment:
        'The lifecycle state machine runs inside the workflow sandbox: besides itself it takes only types from the ' +
        'rest of the domain, and values from packages/authz (pure CASL rules).',
      from: { path: LIFECYCLE_MACHINE },
      to: {
        path: '^packages/',
        pathNot: [LIFECYCLE_MACHINE, PACKAGE('authz')],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'response-machine-is-pure',
      severity: 'error',
      comment: 'The incident response machine runs inside the workflow sandbox: besides itself, types only.',
      from: { path: RESPONSE_MACHINE },
      to: { path: '^packages/', pathNot: RESPONSE_MACHINE, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', '^\\.data/'] },
    // Type-only imports must be seen, so that rules can tell them apart from value imports.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs'],
    },
  },
};
