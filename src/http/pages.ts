import type { Router } from 'express';
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
  '/tab/': page(
    'Seuranta / Follow-up',
    `<h1>Seuranta</h1><p>Seurannan luvut tulevat tähän välilehteen myöhemmin.</p><p lang="en">The follow-up figures will appear in this tab later.</p>`,
  ),
};

/** The public pages the Teams manifest points at, framable by Teams only. */
export function pagesRouter(): Router {
  const router = express.Router();
  for (const [path, html] of Object.entries(PAGES)) {
    router.get(path, (_req, res) => {
      res
        .set(
          'Content-Security-Policy',
          `default-src 'self'; style-src 'unsafe-inline'; frame-ancestors ${FRAME_ANCESTORS}`,
        )
        .set('X-Content-Type-Options', 'nosniff')
        .set('Referrer-Policy', 'no-referrer')
        .type('html')
        .send(html);
    });
  }
  return router;
}
