/**
 * A story as pasted from a news site: share buttons and an advert among the paragraphs, speakers
 * named in full, by surname and as "the chair", and quotations the importer should flag for a check.
 */
export const PASTED_WITH_CHROME = [
  'Share  Tweet  Email',
  'Harbour board delays vote on the Skarra ferry',
  'Islanders will wait another month to learn whether the winter crossing survives.',
  'By Tomás Reyes',
  '“We are not here to close anything,” said Ingrid Sæther, the chair of the harbour board.',
  'Sources close to the board said the vote was put off after the insurer raised its premium.',
  'What it costs',
  '“It was expensive,” Sæther said, “but it kept the boats running through the storms.”',
  '"The boats are older than I am," said Tomas Berg, a fisherman from Skarra.',
  '“Nobody has told us anything since the summer.”',
  'Advertisement',
  'What comes next',
  '“We expect a decision before the first ice,” the chair added.',
].join('\n\n');
