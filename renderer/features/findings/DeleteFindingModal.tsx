import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSaveAction } from '../../ui/useSaveAction';
import { deleteFinding } from '../../db/findings';
import { restoreDeleted } from '../../db/recycleBin';
import { showDeletedWithUndo } from '../../ui/undoDeletion';
import type { Finding, Recommendation } from '../../domain/entities';
import { numberByOrder, recommendationsUsingFinding } from '../../domain/findings';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { localized } from '../../domain/names/recordLabels';

interface Props {
  finding: Finding;
  recommendations: readonly Recommendation[];
  onClose(): void;
}

/** Asks before deleting; names the recommendations that will lose their link to this finding. */
export function DeleteFindingModal({ finding, recommendations, onClose }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const using = recommendationsUsingFinding(recommendations, finding.id);
  const numbers = numberByOrder(recommendations);
  const title = localized(finding.title, language);

  const saving = useSaveAction();

  const confirm = async () => {
    // Against the version shown: one changed meanwhile is asked about, never deleted unseen.
    const outcome = await saving.run((options) => deleteFinding(finding.id, options), { basedOn: finding });
    if (outcome.ok) {
      const unlinked = outcome.value;
      const message =
        unlinked.length === 0
          ? t('findings.deleted')
          : t('findings.deletedUnlinked', { count: unlinked.length });
      // Undo puts the finding back with its photos and in the recommendations it was taken out of.
      showDeletedWithUndo(t, message, () => restoreDeleted('findings', finding.id));
    }
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('findings.deleteTitle')}>
      <Stack>
        <Text>{t('findings.deleteBody', { title })}</Text>
        {using.length > 0 && (
          <>
            <Text fw={500}>{t('findings.deleteUnlinks', { count: using.length })}</Text>
            <List>
              {using.map((rec) => (
                <List.Item key={rec.id}>
                  {numbers.get(rec.id)}. {localized(rec.text, language)}
                </List.Item>
              ))}
            </List>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()}>
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
