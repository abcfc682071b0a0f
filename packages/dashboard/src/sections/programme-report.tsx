import type { ProgrammeData } from '../api/load-programme.js';
import { DomainSection } from './domain-section.js';
import { MeasuresBoard } from './measures-board.js';
import { PmItems } from './pm-items.js';
import { ResultSection } from './result-section.js';
import { StructureSection } from './structure-section.js';
import { YearSlicesSection } from './year-slices-section.js';

/** Every section of a programme, in reading order: the screen page and the council's print show the same. */
export function ProgrammeReport({ data }: { data: ProgrammeData }) {
  const { programme, slices, domains, result } = data;
  const id = programme.id;
  return (
    <>
      <YearSlicesSection years={slices} programmeId={id} />
      <StructureSection programme={programme} />
      <DomainSection years={domains} programmeId={id} />
      <ResultSection result={result} programmeId={id} />
      <MeasuresBoard measures={programme.measures} programmeId={id} />
      <PmItems programme={programme} />
    </>
  );
}
