// Hive Gateway (@graphql-hive/gateway's runtime on node:http, one Node.js process, no forked workers) over the
// ProfD trust and ONE institution node, for `dotnet run -c Release --project bench/ProfD.Bench -- gateways`. It serves
// the same supergraph as apollo.mjs (compose.mjs), served at /graphql.
//
// node hive.mjs PORT TRUST_GRAPHQL_URL NODE_GRAPHQL_URL [NODE_NAME]
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { composeSupergraph } from './compose.mjs';

const [port, trustUrl, nodeUrl, nodeName = 'node'] = process.argv.slice(2);
if (!port || !trustUrl || !nodeUrl) {
  console.error('usage: node hive.mjs PORT TRUST_GRAPHQL_URL NODE_GRAPHQL_URL [NODE_NAME]');
  process.exit(2);
}

const supergraph = await composeSupergraph([{ name: 'trust', url: trustUrl }, { name: nodeName, url: nodeUrl }]);
const gateway = createGatewayRuntime({ supergraph, graphqlEndpoint: '/graphql', logging: 'error' });
const server = createServer(gateway);
server.listen(Number(port), '127.0.0.1', () => console.log(`Hive Gateway is serving GraphQL at http://127.0.0.1:${port}/graphql`));

const stop = () => { server.close(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
