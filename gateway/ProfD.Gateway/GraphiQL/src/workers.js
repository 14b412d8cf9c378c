// Monaco runs its language services in web workers. GraphiQL's own setup-workers/esm.sh loads them from a CDN; here
// they are bundled next to graphiql.js (build.mjs) and loaded from the same folder, so the page fetches nothing
// from anywhere but the gateway. Imported first by index.jsx, before Monaco asks for a worker.
const base = document.currentScript?.src ?? new URL('/graphiql/graphiql.js', window.location.href).href;

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const name = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(new URL(`${name}.worker.js`, base), { name: `graphiql-${name}` });
  },
};
