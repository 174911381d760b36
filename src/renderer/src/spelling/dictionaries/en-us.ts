// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the Node project type-checks the tests that import this, and has no other way to see the declaration
/// <reference path="../raw-modules.d.ts" />
// dictionary-en reads these files with `fs` and exports nothing else, so the worker imports them by path;
// Vite inlines their text into this chunk at build time. Nothing is fetched when the worker runs.
import aff from '../../../../../node_modules/dictionary-en/index.aff?raw';
import dic from '../../../../../node_modules/dictionary-en/index.dic?raw';

export default { aff, dic };
