/** Whether out/node was built from the sources as they are now. */
export function freshNodeBuild(root: string): boolean;
