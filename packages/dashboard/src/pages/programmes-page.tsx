import { programmeListSchema } from '../api/schemas.js';
import { useLoad } from '../api/use-fetch.js';
import { useApp } from '../app-context.js';
import { DataTable } from '../components/data-table.js';
import { Link } from '../components/link.js';
import { Loaded } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';

/** The programmes the key may see, with links to each programme and its municipality. */
export function ProgrammesPage() {
  const { t } = useI18n();
  const { api } = useApp();
  const [load, retry] = useLoad(() => api.get('/programmes', programmeListSchema), [api]);
  return (
    <>
      <h1>{t('programmesTitle')}</h1>
      <p>{t('programmesIntro')}</p>
      <Loaded load={load} retry={retry}>
        {({ programmes }) =>
          programmes.length === 0 ? (
            <p>{t('noProgrammes')}</p>
          ) : (
            <DataTable
              caption={t('programmesTitle')}
              filename="programmas"
              rows={programmes}
              columns={[
                {
                  header: t('programme'),
                  cell: (p) => (
                    <Link to={{ page: 'programme', id: p.id }} municipality={p.municipality}>
                      {p.title}
                    </Link>
                  ),
                  csv: (p) => p.title,
                },
                {
                  header: t('municipality'),
                  cell: (p) => (
                    <Link to={{ page: 'municipality', code: p.municipality, from: undefined, to: undefined }}>
                      {p.municipality}
                    </Link>
                  ),
                  csv: (p) => p.municipality,
                },
                {
                  header: t('period'),
                  cell: (p) => `${p.period.firstYear}–${p.period.lastYear}`,
                  csv: (p) => `${p.period.firstYear}-${p.period.lastYear}`,
                },
              ]}
            />
          )
        }
      </Loaded>
    </>
  );
}
