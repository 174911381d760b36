// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the Node project type-checks the tests that import this, and has no other way to see the declaration
/// <reference path="../raw-modules.d.ts" />
// See en-us.ts: the dictionary's files, inlined at build time.
import aff from '../../../../../node_modules/dictionary-en-gb/index.aff?raw';
import dic from '../../../../../node_modules/dictionary-en-gb/index.dic?raw';

export default { aff, dic };
