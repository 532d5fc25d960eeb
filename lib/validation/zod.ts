/**
 * zod, set up for the Content-Security-Policy (lib/http/security-headers.ts): zod 4 compiles object
 * parsers with `new Function` after probing `Function('')`, and without 'unsafe-eval' Chromium refuses
 * the probe and reports a CSP violation on every page that parses on the client. Jitless parsing is
 * the same on server and client, and fast enough for URL parameters and forms. Import z from here.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
