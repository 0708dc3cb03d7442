import { useRef, useState } from 'react';
import { ActionIcon, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useTourPartSave } from './useTourPartSave';
import { ABBREVIATION_MAX_LENGTH, type Abbreviation, type Language, type Tour } from '../../domain/entities';
import { newId } from '../../domain/ids';
import { withText } from '../../domain/localizedText';
import { abbreviationProblems } from '../../domain/documents/abbreviationProblems';
import { lengthProps } from '../../ui/lengthLimit';
import { TranslationMarks } from '../../ui/TranslationMarks';
import { EditorSection } from './EditorSection';

const abbreviationsOf = (tour: Tour): Abbreviation[] => tour.abbreviations ?? [];

interface Props {
  tour: Tour;
  language: Language;
  languageName: string;
  /** The abbreviations the report in this language uses (null while it is being built). */
  used: ReadonlySet<string> | null;
}

/**
 * The tour's abbreviations: each with its expansion in the document language. The report lists
 * in an annex those that occur in its text, in the order they first occur; the editor says which
 * do not occur. The parent keys it by tour and language, so a switch starts from what is stored.
 */
export function AbbreviationsEditor({ tour, language, languageName, used }: Props) {
  const { t } = useTranslation();
  const [lines, setLines] = useState<Abbreviation[]>(() => tour.abbreviations ?? []);
  const [checked, setChecked] = useState(false);
  const saving = useTourPartSave(tour, abbreviationsOf);
  const firstInputs = useRef(new Map<string, HTMLInputElement>());
  const problems = abbreviationProblems(lines);
  const invalid = problems.filter((p) => p.abbreviation || p.expansion).length;

  const change = (id: string, patch: (line: Abbreviation) => Abbreviation) =>
    setLines((old) => old.map((line) => (line.id === id ? patch(line) : line)));

  const add = () => {
    const id = newId();
    setLines((old) => [...old, { id, abbreviation: '', expansion: {} }]);
    // The new line's first field takes the focus once it is there.
    requestAnimationFrame(() => firstInputs.current.get(id)?.focus());
  };

  const save = async () => {
    setChecked(true);
    if (invalid > 0) {
      notifications.show({
        color: 'red',
        message: t('documents.abbreviations.invalidCount', { count: invalid }),
      });
      return;
    }
    const abbreviations = lines.map((line) => ({ ...line, abbreviation: line.abbreviation.trim() }));
    const now = await saving.save(
      (current) => ({ ...current, abbreviations }),
      t('documents.abbreviations.saved'),
    );
    if (now) {
      setLines(now);
      setChecked(false);
    }
  };

  const errorOf = (problem: string | undefined) =>
    checked && problem
      ? t(`documents.abbreviations.errors.${problem}`, { max: ABBREVIATION_MAX_LENGTH })
      : undefined;

  return (
    <EditorSection
      id="documents-abbreviations"
      title={t('documents.abbreviations.title')}
      intro={t('documents.abbreviations.intro', { language: languageName })}
    >
      {lines.length === 0 ? (
        <Text size="sm">{t('documents.abbreviations.empty')}</Text>
      ) : (
        <Table verticalSpacing={4} aria-labelledby="documents-abbreviations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="25%">{t('documents.abbreviations.abbreviation')}</Table.Th>
              <Table.Th>{t('documents.abbreviations.expansion')}</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, i) => {
              const number = i + 1;
              const short = line.abbreviation.trim();
              const unused = used !== null && short !== '' && !used.has(short);
              return (
                <Table.Tr key={line.id}>
                  <Table.Td valign="top">
                    <TextInput
                      aria-label={t('documents.abbreviations.abbreviationNumbered', { number })}
                      ref={(element) => {
                        if (element) firstInputs.current.set(line.id, element);
                        else firstInputs.current.delete(line.id);
                      }}
                      maxLength={ABBREVIATION_MAX_LENGTH}
                      value={line.abbreviation}
                      error={errorOf(problems[i]?.abbreviation)}
                      description={unused ? t('documents.abbreviations.notUsed') : undefined}
                      inputWrapperOrder={['label', 'input', 'description', 'error']}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        change(line.id, (old) => ({ ...old, abbreviation: value }));
                      }}
                    />
                  </Table.Td>
                  <Table.Td valign="top">
                    <TextInput
                      aria-label={t('documents.abbreviations.expansionNumbered', { number })}
                      {...lengthProps(t, line.expansion[language] ?? '', 'title')}
                      value={line.expansion[language] ?? ''}
                      error={errorOf(problems[i]?.expansion)}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        change(line.id, (old) => ({
                          ...old,
                          expansion: withText(old.expansion, language, value),
                        }));
                      }}
                    />
                    <TranslationMarks text={line.expansion} language={language} />
                  </Table.Td>
                  <Table.Td valign="top">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={4}
                      aria-label={t('documents.abbreviations.remove', { number })}
                      onClick={() => setLines((old) => old.filter((l) => l.id !== line.id))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button variant="light" onClick={add}>
          {t('documents.abbreviations.add')}
        </Button>
        <Button variant="default" onClick={() => void save()} loading={saving.pending}>
          {t('documents.abbreviations.save')}
        </Button>
      </Group>
    </EditorSection>
  );
}
