import { i18n } from '#i18n';
import type { ImportProblem, ProblemPlace } from '@/utils/data/format';

const BYTES_PER_MB = 1024 * 1024;

/** "Check-in 3 in the file (id “…”)", "The settings in this file", "This file". */
function placeText(place: ProblemPlace): string {
  if (place.in === 'settings') return i18n.t('data.places.settings');
  if (place.in === 'file') return i18n.t('data.places.file');
  const n = String(place.number);
  switch (place.store) {
    case 'checkins':
      return place.id
        ? i18n.t('data.places.checkins_id', [n, place.id])
        : i18n.t('data.places.checkins', [n]);
    case 'entries':
      return place.id ? i18n.t('data.places.entries_id', [n, place.id]) : i18n.t('data.places.entries', [n]);
    case 'breaks':
      return place.id ? i18n.t('data.places.breaks_id', [n, place.id]) : i18n.t('data.places.breaks', [n]);
    case 'exercises':
      return place.id
        ? i18n.t('data.places.exercises_id', [n, place.id])
        : i18n.t('data.places.exercises', [n]);
  }
}

/** The kind, specific message for why a file was not imported. Every one says nothing changed. */
export function problemText(problem: ImportProblem): string {
  switch (problem.kind) {
    case 'too_large':
      return i18n.t('data.problems.too_large', [String(Math.round(problem.maxBytes / BYTES_PER_MB))]);
    case 'unreadable':
      return i18n.t('data.problems.unreadable');
    case 'not_json':
      return i18n.t('data.problems.not_json');
    case 'encrypted_damaged':
      return i18n.t('privacy.import.damaged');
    case 'not_export':
      return i18n.t('data.problems.not_export');
    case 'newer_version':
      return i18n.t('data.problems.newer_version', [String(problem.version)]);
    case 'missing':
      return i18n.t('data.problems.missing', [placeText(problem.place), problem.field]);
    case 'invalid':
      return problem.field
        ? i18n.t('data.problems.invalid', [placeText(problem.place), problem.field])
        : i18n.t('data.problems.invalid_record', [placeText(problem.place)]);
    case 'bad_time':
      return i18n.t('data.problems.bad_time', [placeText(problem.place), problem.field]);
    case 'too_long':
      return i18n.t('data.problems.too_long', [placeText(problem.place), problem.field, String(problem.max)]);
    case 'too_many':
      return i18n.t('data.problems.too_many', [placeText(problem.place), problem.field, String(problem.max)]);
    case 'unknown_id':
      return i18n.t('data.problems.unknown_id', [placeText(problem.place), problem.field, problem.value]);
    case 'duplicate_id':
      return i18n.t('data.problems.duplicate_id', [i18n.t(`data.stores.${problem.store}`), problem.id]);
  }
}
