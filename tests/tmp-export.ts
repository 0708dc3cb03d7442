import { writeFileSync } from 'node:fs';
import { buildDocument } from '../renderer/domain/report/buildDocument';
import { writeDocx } from '../renderer/export/docx/writeDocument';
import { loadSample } from '../tests/unit/export/sampleBundle';
import type { Language } from '../renderer/domain/entities';
import { defaultPresetFor, type PresetId } from '../renderer/export/docx/presets';

const sample = loadSample();
const bundle = {
  ...sample.bundle,
  tour: {
    ...sample.bundle.tour,
    requisites: {
      place: { ru: 'г. Минск', be: 'г. Мінск', en: 'Minsk', hu: 'Minszk' },
      approval: {
        position: { ru: 'Заместитель Министра внутренних дел Республики Беларусь', be: 'Намеснік Міністра ўнутраных спраў Рэспублікі Беларусь', en: 'Deputy Minister of Internal Affairs of the Republic of Belarus', hu: 'a Belarusz Köztársaság belügyminiszter-helyettese' },
        name: { ru: 'И.И. Иванов', be: 'І.І. Іваноў', en: 'I. Ivanov', hu: 'I. Ivanov' },
        documents: ['report'],
      },
      registration: { report: { date: '2010-10-01', number: '12/345' } },
    },
  },
};
const [kind, language, preset, out] = process.argv.slice(2) as [string, Language, string, string];
const model = buildDocument(bundle as never, { kind: kind as never, language, eventId: sample.eventAliases.get('e2')! });
writeDocx(model, (preset === '-' ? defaultPresetFor(language) : preset) as PresetId).then((b) => writeFileSync(out, b));
