import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestHandler, Response, Router } from 'express';
import express from 'express';

/** Teams hosts that may frame the tab (REFERENCE.md: helmet's defaults would break the tab). */
const FRAME_ANCESTORS =
  "'self' teams.microsoft.com *.teams.microsoft.com *.cloud.microsoft *.office.com *.microsoft365.com outlook.office.com outlook.office365.com";

const page = (title: string, body: string) => `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style>
</head><body>${body}</body></html>`;

const PAGES: Readonly<Record<string, string>> = {
  '/': page(
    'TYM-konsultaatio',
    `<h1>TYM-konsultaatio</h1><p>Teams-botti, jolla työllisyyspalvelujen, hyvinvointialueen ja Kelan työntekijät tuovat asiakastilanteen nimettömänä monialaisen konsultaatiotiimin käsiteltäväksi.</p>
<p lang="en">A Teams bot through which workers of the employment services, the wellbeing services county and Kela bring a client situation, anonymously, to a multidisciplinary consultation team.</p>`,
  ),
  '/privacy': page(
    'Tietosuoja / Privacy',
    `<h1>Tietosuoja</h1><p>Palveluun ei tallenneta asiakkaan tunnistetietoja: tapaukset ovat nimettömiä, ja botti hylkää tekstin, jossa on henkilötunnus, nimi, osoite, puhelinnumero tai muu tunniste. Työntekijästä tallennetaan Teams-tunniste ja organisaatio.</p>
<h2 lang="en">Privacy</h2><p lang="en">No client identity is stored: cases are anonymous, and the bot refuses text that contains an identity code, a name, an address, a phone number or another identifier. Of the worker, the Teams object id and organisation are stored.</p>`,
  ),
  '/terms': page(
    'Käyttöehdot / Terms of use',
    `<h1>Käyttöehdot</h1><p>Palvelu on tarkoitettu TYM-yhteistoimintamallin työntekijöiden konsultaatioihin. Kirjaa vain nimettömiä tilannekuvauksia.</p>
<h2 lang="en">Terms of use</h2><p lang="en">The service is for consultations between workers of the TYM cooperation model. Record anonymous descriptions of situations only.</p>`,
  ),
};

const PAGE_CSP = `default-src 'self'; style-src 'unsafe-inline'; frame-ancestors ${FRAME_ANCESTORS}`;
/** The built dashboard: its own scripts only; Griffel (Fluent UI) injects its styles at run time, hence inline styles. */
const TAB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS}`,
].join('; ');

const secure = (res: Response, csp: string) =>
  res
    .set('Content-Security-Policy', csp)
    .set('X-Content-Type-Options', 'nosniff')
    .set('Referrer-Policy', 'no-referrer');

/** Where `npm run build:tab` puts the dashboard, seen from src/http (tsx) and from dist/src/http (the build). */
const TAB_DIRS = ['../../dist/tab', '../../tab'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const NOT_BUILT = page(
  'Seuranta / Follow-up',
  `<h1>Seuranta</h1><p>Välilehteä ei ole vielä koottu: <code>npm run build:tab</code>.</p><p lang="en">The tab has not been built yet: <code>npm run build:tab</code>.</p>`,
);

/**
 * The dashboard tab at /tab/: the files of dist/tab, framable by Teams only. Hashed assets are cached for good,
 * the page itself is revalidated, so a new build shows at the next open.
 */
function tabRouter(dirs: readonly string[]): Router {
  const router = express.Router();
  let serve: RequestHandler | undefined;
  const staticFiles = () => {
    const root = dirs.find((d) => existsSync(join(d, 'index.html')));
    return root === undefined
      ? undefined
      : express.static(root, {
          dotfiles: 'deny',
          setHeaders: (res, path) =>
            res.set(
              'Cache-Control',
              path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
            ),
        });
  };
  router.use((req, res, next) => {
    secure(res, TAB_CSP);
    serve ??= staticFiles();
    if (serve) serve(req, res, next);
    else if (req.path === '/') res.set('Cache-Control', 'no-store').type('html').send(NOT_BUILT);
    else next();
  });
  return router;
}

/** The public pages the Teams manifest points at and the dashboard tab, framable by Teams only. */
export function pagesRouter(): Router {
  const router = express.Router();
  for (const [path, html] of Object.entries(PAGES)) {
    router.get(path, (_req, res) => {
      secure(res, PAGE_CSP).type('html').send(html);
    });
  }
  router.use('/tab', tabRouter(TAB_DIRS));
  return router;
}
