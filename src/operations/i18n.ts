/**
 * Messages of the operations screens and charts (keys under `ops.`). The screens work without
 * merging them (English defaults through useOpsTranslate); merge `operationsMessages.en/fr` into
 * the app's messages to get French: `{ ...englishAppMessages, ops: operationsMessages.en.ops }`.
 */
import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

const en = {
  ops: {
    menu: { review_queue: 'Review queue', assignment: 'Step assignment', my_work: 'My work', activity: 'Activity' },
    common: {
      loading: 'Loading…', empty: 'Nothing to show', error: 'Could not load: %{message}', retry: 'Retry',
      dossier: 'Dossier', customer: 'Customer', unknown: 'Unknown', open_dossier: 'Open dossier', system: 'System',
      agent: 'Agent', user: 'Customer', load_more: 'Load more', all: 'All', from: 'From', to: 'To',
    },
    waiting: { minutes: '%{count} min', hours: '%{count} h', days: '%{count} d %{hours} h' },
    review: {
      title: 'Review queue', empty: 'No document is waiting for review.',
      count: '%{smart_count} pending version |||| %{smart_count} pending versions',
      waiting: 'Waiting %{time}', version: 'Version %{number}', uploaded: 'Uploaded %{date}',
      approve: 'Approve', reject: 'Reject', notes: 'Notes', notes_placeholder: 'Notes for the customer (required to reject)',
      next: 'Next', previous: 'Previous', shortcuts: 'Shortcuts: A approve · R reject · N notes · J next · K previous',
      approved: 'Document approved', rejected: 'Document rejected: the customer is notified',
      already_reviewed: 'Already reviewed: another reviewer decided on this version first. Nothing was changed.',
      newer_version: 'A newer version of this document exists: review that one.',
      notes_required: 'Write notes to reject: the customer needs to know why.',
      forbidden: 'Only reviewers and admins can review documents.',
      preview_unavailable: 'No preview for this file type.', download: 'Download %{name}',
      preview_error: 'The file could not be loaded: %{message}', preview_loading: 'Loading the file…',
      type: 'Document', step: 'Step',
    },
    board: {
      title: 'Step assignment', unassigned: 'Unassigned', assigned: 'Assigned', overdue: 'Overdue',
      workload: 'Workload', open: '%{smart_count} open |||| %{smart_count} open', overdue_count: '%{count} overdue',
      assign: 'Assign', reassign: 'Reassign', choose_agent: 'Choose an agent', assigned_to: 'Assigned to %{name}',
      due: 'Due %{date}', overdue_by: 'Overdue by %{time}', no_due: 'No due date', assigned_ok: 'Step assigned',
      empty: 'Nothing here', only_managers: 'Only managers and admins assign steps.',
    },
    my_work: {
      title: 'My work', empty: 'No step is assigned to you.', complete: 'Complete', completed: 'Step completed',
      documents: 'Documents: %{approved}/%{total} approved',
    },
    activity: {
      title: 'Activity', event_type: 'Event type', actor_type: 'Actor type', actor: 'Actor (user id)',
      dossier: 'Dossier id', empty: 'No event matches these filters.', end: 'No more events',
      invalid_uuid: 'Enter a complete id (uuid)', invalid_range: 'The end date is before the start date',
    },
    progress: { title: 'Step progress', empty: 'No steps yet.', unassigned: 'Unassigned', optional: 'optional' },
    timeline: {
      title: 'Timeline', empty: 'Nothing has happened on this dossier yet.',
      status: 'Status: %{old} → %{new}', status_initial: 'Status: %{new}', message: 'Message', review: 'Review: %{decision}',
      by: 'by %{who}',
    },
    charts: {
      revenue: 'Revenue', orders_by_status: 'Orders by status', link_conversion: 'Payment-link conversion',
      pipeline: 'Dossier pipeline', avg_step_time: 'Average time per step (hours)', review_throughput: 'Review throughput',
      review_queue: 'Review queue', overdue_steps: 'Overdue steps', my_links: 'My payment links', my_open_steps: 'My open steps',
      day: 'Day', week: 'Week', month: 'Month', no_data: 'No data for this period', approved: 'Approved',
      rejected: 'Rejected', orders: 'Orders', amount: 'Amount', used: 'Used', active: 'Active', expired: 'Expired',
      cancelled: 'Cancelled', conversion: 'Conversion %{rate}', pending_versions: 'Pending versions',
      oldest: 'Oldest waiting', avg_age: 'Average age', hours: '%{count} h', completed: 'Completed', avg_hours: 'Average (h)',
      max_hours: 'Max (h)', overdue_hours: 'Hours overdue', open: 'Open', overdue: 'Overdue', title: 'Dashboard', next_due: 'Next due',
    },
  },
};

type Messages = typeof en;

const fr: Messages = {
  ops: {
    menu: { review_queue: 'File de revue', assignment: 'Affectation des étapes', my_work: 'Mon travail', activity: 'Activité' },
    common: {
      loading: 'Chargement…', empty: 'Rien à afficher', error: 'Chargement impossible : %{message}', retry: 'Réessayer',
      dossier: 'Dossier', customer: 'Client', unknown: 'Inconnu', open_dossier: 'Ouvrir le dossier', system: 'Système',
      agent: 'Agent', user: 'Client', load_more: 'Charger plus', all: 'Tous', from: 'Du', to: 'Au',
    },
    waiting: { minutes: '%{count} min', hours: '%{count} h', days: '%{count} j %{hours} h' },
    review: {
      title: 'File de revue', empty: 'Aucun document en attente de revue.',
      count: '%{smart_count} version en attente |||| %{smart_count} versions en attente',
      waiting: 'En attente depuis %{time}', version: 'Version %{number}', uploaded: 'Déposé le %{date}',
      approve: 'Approuver', reject: 'Rejeter', notes: 'Notes', notes_placeholder: 'Notes pour le client (obligatoires pour rejeter)',
      next: 'Suivant', previous: 'Précédent', shortcuts: 'Raccourcis : A approuver · R rejeter · N notes · J suivant · K précédent',
      approved: 'Document approuvé', rejected: 'Document rejeté : le client est prévenu',
      already_reviewed: 'Déjà revu : un autre relecteur a décidé avant vous. Rien n’a été modifié.',
      newer_version: 'Une version plus récente de ce document existe : revoyez celle-ci.',
      notes_required: 'Écrivez des notes pour rejeter : le client doit savoir pourquoi.',
      forbidden: 'Seuls les relecteurs et les administrateurs revoient les documents.',
      preview_unavailable: 'Pas d’aperçu pour ce type de fichier.', download: 'Télécharger %{name}',
      preview_error: 'Le fichier n’a pas pu être chargé : %{message}', preview_loading: 'Chargement du fichier…',
      type: 'Document', step: 'Étape',
    },
    board: {
      title: 'Affectation des étapes', unassigned: 'Non affectées', assigned: 'Affectées', overdue: 'En retard',
      workload: 'Charge', open: '%{smart_count} ouverte |||| %{smart_count} ouvertes', overdue_count: '%{count} en retard',
      assign: 'Affecter', reassign: 'Réaffecter', choose_agent: 'Choisir un agent', assigned_to: 'Affectée à %{name}',
      due: 'Échéance %{date}', overdue_by: 'En retard de %{time}', no_due: 'Sans échéance', assigned_ok: 'Étape affectée',
      empty: 'Rien ici', only_managers: 'Seuls les managers et administrateurs affectent les étapes.',
    },
    my_work: {
      title: 'Mon travail', empty: 'Aucune étape ne vous est affectée.', complete: 'Terminer', completed: 'Étape terminée',
      documents: 'Documents : %{approved}/%{total} approuvés',
    },
    activity: {
      title: 'Activité', event_type: 'Type d’événement', actor_type: 'Type d’acteur', actor: 'Acteur (id utilisateur)',
      dossier: 'Id du dossier', empty: 'Aucun événement ne correspond à ces filtres.', end: 'Plus d’événements',
      invalid_uuid: 'Saisissez un identifiant complet (uuid)', invalid_range: 'La date de fin précède la date de début',
    },
    progress: { title: 'Avancement des étapes', empty: 'Aucune étape pour l’instant.', unassigned: 'Non affectée', optional: 'facultative' },
    timeline: {
      title: 'Chronologie', empty: 'Rien ne s’est encore passé sur ce dossier.',
      status: 'Statut : %{old} → %{new}', status_initial: 'Statut : %{new}', message: 'Message', review: 'Revue : %{decision}',
      by: 'par %{who}',
    },
    charts: {
      revenue: 'Chiffre d’affaires', orders_by_status: 'Commandes par statut', link_conversion: 'Conversion des liens de paiement',
      pipeline: 'Dossiers par statut et type', avg_step_time: 'Durée moyenne par étape (heures)', review_throughput: 'Revues effectuées',
      review_queue: 'File de revue', overdue_steps: 'Étapes en retard', my_links: 'Mes liens de paiement', my_open_steps: 'Mes étapes ouvertes',
      day: 'Jour', week: 'Semaine', month: 'Mois', no_data: 'Aucune donnée sur cette période', approved: 'Approuvés',
      rejected: 'Rejetés', orders: 'Commandes', amount: 'Montant', used: 'Utilisés', active: 'Actifs', expired: 'Expirés',
      cancelled: 'Annulés', conversion: 'Conversion %{rate}', pending_versions: 'Versions en attente',
      oldest: 'Plus ancienne', avg_age: 'Âge moyen', hours: '%{count} h', completed: 'Terminées', avg_hours: 'Moyenne (h)',
      max_hours: 'Max (h)', overdue_hours: 'Heures de retard', open: 'Ouvertes', overdue: 'En retard', title: 'Tableau de bord', next_due: 'Prochaine échéance',
    },
  },
};

export const operationsMessages = { en, fr };

function lookup(path: string): string | undefined {
  let node: unknown = en;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export type OpsTranslate = (key: string, options?: Record<string, unknown>) => string;

/** Polyglot-like interpolation of an English default: %{name} tokens, "one |||| many" by smart_count. */
export function interpolate(phrase: string, options: Record<string, unknown> = {}): string {
  let text = phrase;
  if (text.includes('||||')) {
    const [one, many] = text.split('||||').map((part) => part.trim());
    text = Number(options.smart_count) === 1 ? one! : many!;
  }
  return text.replace(/%\{(\w+)\}/g, (match, name: string) => (name in options ? String(options[name]) : match));
}

/**
 * translate('ops.<key>'), falling back to the English text when the app's messages do not have
 * it (operationsMessages not merged yet, or a provider without defaults): never a raw key.
 */
export function useOpsTranslate(): OpsTranslate {
  const translate = useTranslate();
  return useCallback(
    (key: string, options: Record<string, unknown> = {}) => {
      const full = `ops.${key}`;
      const fallback = lookup(full);
      const translated = translate(full, fallback === undefined ? options : { _: fallback, ...options });
      if (translated === full && fallback !== undefined) return interpolate(fallback, options);
      return translated;
    },
    [translate],
  );
}
