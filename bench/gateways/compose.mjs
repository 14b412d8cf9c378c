// Composes the ProfD trust and ONE institution node into an Apollo Federation v2 supergraph, the same one that
// apollo.mjs and hive.mjs serve. Each subgraph's SDL comes from its `_service { sdl }`, as IntrospectAndCompose does.
//
// One patch: both subgraphs define the Relay `PageInfo` type without @shareable, which Federation v2 composition
// rejects ("Non-shareable field PageInfo.hasNextPage is resolved from multiple subgraphs"). ProfD's own gateway does
// not need the directive; for Apollo and Hive the type is marked @shareable here, which changes no field or answer.
//
// node compose.mjs TRUST_GRAPHQL_URL NODE_GRAPHQL_URL NODE_NAME OUT_FILE
import { writeFile } from 'node:fs/promises';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';

export async function fetchSdl(url) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = await response.json();
  if (!body.data?._service?.sdl) throw new Error(`${url} gave no _service.sdl: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data._service.sdl.replace(/\btype PageInfo \{/, 'type PageInfo @shareable {');
}

export async function composeSupergraph(subgraphs) {
  const services = [];
  for (const { name, url } of subgraphs) services.push({ name, url, typeDefs: parse(await fetchSdl(url)) });
  const result = composeServices(services);
  if (result.errors?.length) throw new Error('Composition failed:\n' + result.errors.map(e => '  ' + e.message).join('\n'));
  return result.supergraphSdl;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [trustUrl, nodeUrl, nodeName = 'node', out = 'supergraph.graphql'] = process.argv.slice(2);
  if (!trustUrl || !nodeUrl) {
    console.error('usage: node compose.mjs TRUST_GRAPHQL_URL NODE_GRAPHQL_URL [NODE_NAME] [OUT_FILE]');
    process.exit(2);
  }
  const sdl = await composeSupergraph([{ name: 'trust', url: trustUrl }, { name: nodeName, url: nodeUrl }]);
  await writeFile(out, sdl);
  console.log(`Composed trust + ${nodeName} into ${out}`);
}
