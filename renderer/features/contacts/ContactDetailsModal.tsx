import { Anchor, Badge, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Contact, Organisation, TourEvent } from '../../domain/entities';
import { pickText } from '../../domain/localizedText';
import { cyrillicNameFor, displayName } from '../../domain/names';
import { formatDate } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { organisationName, visitsOf } from './contactQueries';
import { saveContactsAsVCard } from './exportVcard';
import { languageName } from '../../i18n/languageNames';

interface ContactDetailsModalProps {
  contact: Contact;
  organisations: readonly Organisation[];
  events: readonly TourEvent[];
  onEdit(): void;
  /** Starts merging this contact with a duplicate of it. */
  onMerge(): void;
  onClose(): void;
}

/** One person: name in every form, how to reach them, and the visits where the delegation met them. */
export function ContactDetailsModal({
  contact,
  organisations,
  events,
  onEdit,
  onMerge,
  onClose,
}: ContactDetailsModalProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const name = displayName(contact, language);
  const organisation = organisations.find((candidate) => candidate.id === contact.organisationId);
  const visits = visitsOf(contact.id, events);
  const position = pickText(contact.position, language).value;
  const rank = pickText(contact.rank, language).value;

  const exportOne = async () => {
    try {
      await saveContactsAsVCard([contact], organisations, language, displayName(contact, 'en', 'list'));
    } catch (cause) {
      console.error(cause);
      notifications.show({ color: 'red', message: t('contacts.export.failed') });
    }
  };

  return (
    <Modal opened onClose={onClose} size="lg" title={name}>
      <Stack>
        <Group gap="xs">
          <Badge variant="light">{t(`contacts.roles.${contact.role}`)}</Badge>
          {organisation && <Text size="sm">{organisationName(organisation, language)}</Text>}
        </Group>
        {(rank !== '' || position !== '') && (
          <Text size="sm">{[rank, position].filter(Boolean).join(', ')}</Text>
        )}
        <Stack gap={2}>
          {(['hu', 'en', 'ru', 'be'] as const).map((nameLanguage) => (
            <Text key={nameLanguage} size="sm" lang={nameLanguage}>
              <Text span c="dimmed" size="sm">
                {t(`contacts.details.nameIn.${nameLanguage}`)}:{' '}
              </Text>
              {displayName(contact, nameLanguage)}
              {(nameLanguage === 'ru' || nameLanguage === 'be') &&
                (cyrillicNameFor(contact, nameLanguage).checked ? (
                  <Badge ml="xs" size="xs" color="green" variant="light">
                    {t('contacts.cyrillic.checked')}
                  </Badge>
                ) : (
                  <Badge ml="xs" size="xs" color="gray" variant="light">
                    {t('contacts.cyrillic.suggested')}
                  </Badge>
                ))}
            </Text>
          ))}
        </Stack>
        {contact.phones.length + contact.emails.length > 0 && (
          <Stack gap={2}>
            {contact.phones.map((phone) => (
              <Anchor key={phone} href={`tel:${phone.replace(/[^\d+]/g, '')}`} size="sm">
                {phone}
              </Anchor>
            ))}
            {contact.emails.map((email) => (
              <Anchor key={email} href={`mailto:${email}`} size="sm">
                {email}
              </Anchor>
            ))}
          </Stack>
        )}
        {contact.languages.length > 0 && (
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t('contacts.form.languages')}:{' '}
            </Text>
            {contact.languages.map((code) => languageName(code, language)).join(', ')}
          </Text>
        )}
        {contact.notes !== '' && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {contact.notes}
          </Text>
        )}
        <Title order={3} size="h5">
          {t('contacts.details.visits')}
        </Title>
        {visits.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('contacts.details.noVisits')}
          </Text>
        ) : (
          <List size="sm" aria-label={t('contacts.details.visits')}>
            {visits.map(({ event, as }) => (
              <List.Item key={event.id}>
                {formatDate(event.start.slice(0, 10), language, 'medium')}, {event.start.slice(11)} —{' '}
                {pickText(event.title, language).value}
                {as === 'interpreter' && (
                  <Text span c="dimmed" size="sm">
                    {' '}
                    ({t('contacts.details.asInterpreter')})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void exportOne()}>
            {t('contacts.actions.exportOne')}
          </Button>
          <Button variant="default" onClick={onMerge}>
            {t('duplicates.merge.contact.start')}
          </Button>
          <Button variant="default" onClick={onEdit}>
            {t('common.edit')}
          </Button>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
