import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client';
import { BrowserRouter } from 'react-router-dom';
import { VIEWER_QUERY, createApolloClient } from '@verbinder/web/api-client';
import { App } from './app/app';

// When the session expires mid-use, reload the viewer; the route guard then sends the person to /inloggen.
const client = createApolloClient({
  onUnauthenticated: () => void client.refetchQueries({ include: [VIEWER_QUERY] }),
});

const container = document.getElementById('root');
if (!container) throw new Error('Element #root ontbreekt in index.html');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
