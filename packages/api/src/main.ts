// `npm start` runs dist/main.js; the service itself lives in app/main.ts.
import './app/main.js';
