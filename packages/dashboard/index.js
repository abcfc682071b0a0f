import { fileURLToPath } from 'node:url';

/** The folder holding the built dashboard (index.html and hashed assets), for the API to serve. */
export const dashboardDir = fileURLToPath(new URL('./dist/', import.meta.url));
