// Apollo Gateway (@apollo/gateway + @apollo/server, one Node.js process) over the ProfD trust and ONE institution
// node, for `dotnet run -c Release --project bench/ProfD.Bench -- gateways`. The supergraph is composed at start from
// the two subgraphs' SDL (compose.mjs: IntrospectAndCompose's work, plus @shareable on PageInfo).
//
// node apollo.mjs PORT TRUST_GRAPHQL_URL NODE_GRAPHQL_URL [NODE_NAME]
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway } from '@apollo/gateway';
import { composeSupergraph } from './compose.mjs';

const [port, trustUrl, nodeUrl, nodeName = 'node'] = process.argv.slice(2);
if (!port || !trustUrl || !nodeUrl) {
  console.error('usage: node apollo.mjs PORT TRUST_GRAPHQL_URL NODE_GRAPHQL_URL [NODE_NAME]');
  process.exit(2);
}

const supergraphSdl = await composeSupergraph([{ name: 'trust', url: trustUrl }, { name: nodeName, url: nodeUrl }]);
const gateway = new ApolloGateway({ supergraphSdl });
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
console.log(`Apollo Gateway is serving GraphQL at ${url}`);

const stop = async () => { await server.stop(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
