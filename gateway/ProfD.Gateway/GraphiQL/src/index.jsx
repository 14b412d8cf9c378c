import './workers.js';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

// The gateway serves this page at its GraphQL address, so the page's own path is the endpoint (same origin).
const endpoint = window.location.pathname;

async function fetcher(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      ...(options?.headers ?? {}),
      Accept: 'application/graphql-response+json, application/json',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${response.status} ${response.statusText}: ${text}` }] };
  }
}

const container = document.getElementById('graphiql');
createRoot(container).render(<GraphiQL fetcher={fetcher} defaultEditorToolsVisibility />);
