import { expect, launchExtension, test as base } from './fixtures';

/*
 * Dates and times speak the language of the texts on the page. Chromium picks the extension's texts
 * from its interface language (`uiLanguage`); pages see the browser's languages (`locale`). Regional
 * Spanish interfaces (es-ES, es-MX, es-419) get the Spanish texts, and dates follow the texts.
 */
const cases = [
  { name: 'Spain', uiLanguage: 'es-ES', locale: 'es-ES', texts: 'es', lang: 'es-ES' },
  { name: 'Mexico', uiLanguage: 'es-MX', locale: 'es-MX', texts: 'es', lang: 'es-MX' },
  { name: 'Latin America', uiLanguage: 'es-419', locale: 'es-419', texts: 'es', lang: 'es-419' },
  {
    name: 'English texts in a Spanish-speaking browser',
    uiLanguage: 'en',
    locale: 'es-ES',
    texts: 'en',
    lang: 'en',
  },
] as const;

for (const c of cases) {
  const test = base.extend({
    context: async ({ userDataDir }, use) => {
      const context = await launchExtension(userDataDir, { uiLanguage: c.uiLanguage, locale: c.locale });
      await use(context);
      await context.close();
    },
  });

  test(`${c.name}: texts and dates in one language`, async ({ openPage }) => {
    const spanish = c.texts === 'es';
    const popup = await openPage('popup.html');
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText(
      spanish ? '¿Cómo estás ahora?' : 'How are you right now?',
    );
    await expect(popup.locator('html')).toHaveAttribute('lang', c.lang);
    // The next break, a relative time made by Intl: never "Next break dentro de 50 minutos".
    await expect(
      popup.getByText(spanish ? 'Pausa dentro de 50 minutos' : 'Next break in 50 minutes'),
    ).toBeVisible();

    const options = await openPage('options.html');
    // Weekday names of the quiet days, a date made by Intl.
    await expect(
      options.getByRole('checkbox', { name: spanish ? 'lunes' : 'Monday', exact: true }).first(),
    ).toBeVisible();
    await expect(
      options.getByRole('checkbox', { name: spanish ? 'Monday' : 'lunes', exact: true }),
    ).toHaveCount(0);
  });
}
