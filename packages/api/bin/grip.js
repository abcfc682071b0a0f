#!/usr/bin/env node
// The grip CLI; the TypeScript sources are in src/cli and are built to dist/ (npm run build).
import '../dist/cli/main.js';
