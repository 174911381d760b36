/**
 * Long copy for timing the importer: a wire story's paragraphs (quotations, attributions, a section
 * heading, clutter) repeated with varying names until the text reaches the asked size.
 */
export function generateCopy(bytes: number): string {
  const names = ['Ana Ruiz', 'Tom Hale', 'Chidi Okafor', 'Lena Berg', 'Marta Silva', 'Jonas Weber', 'Aiko Tanaka', 'Omar Haddad'];
  const parts: string[] = ['Ferry vote delayed again as costs climb', 'Islanders fear the winter timetable', 'By Staff Reporter', ''];
  let size = 200;
  for (let i = 0; size < bytes; i++) {
    const a = names[i % names.length];
    const b = names[(i + 3) % names.length];
    const block = [
      `“We will not close the ferry in round ${i},” says ${a}, the chair of the authority. “But we cannot run it at a loss forever.”`,
      `${b.split(' ')[1]} said the figures left out freight, and that "the lorries pay for the winter crossings on their own," according to documents obtained by the Courier.`,
      'Advertisement',
      `Costs in part ${i}`,
      `“They want the route gone,” said an official who asked not to be named. “Nobody will say so in public,” the official added, noting the "review" had been "rushed."`,
      `“It is a lifeline,” ${a.split(' ')[1]} said.`,
      '',
    ].join('\n\n');
    parts.push(block);
    size += block.length;
  }
  return parts.join('\n\n');
}
