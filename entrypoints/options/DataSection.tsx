import { i18n } from '#i18n';
import { DeletePanel } from './data/DeletePanel';
import { ExportPanel } from './data/ExportPanel';
import { ImportPanel } from './data/ImportPanel';
import { StorageState } from './data/StorageState';
import './data/data.css';

/** Your data: take a copy (JSON, CSV), bring one back (checked, all or nothing), or delete it all. */
export function DataSection() {
  return (
    <section className="card data-section" id="data" aria-labelledby="data-h">
      <h2 id="data-h">{i18n.t('data.title')}</h2>
      <p className="muted">{i18n.t('data.intro')}</p>
      <StorageState />
      <ExportPanel />
      <details className="fold">
        <summary>{i18n.t('data.import_title')}</summary>
        <ImportPanel />
      </details>
      <DeletePanel />
    </section>
  );
}
