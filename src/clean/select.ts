// Clean stage: CSS selectors compiled once per process and matched in one walk of the page, instead of cheerio's
// `$(selector)`, which compiles the selector again on every call and walks the whole tree once per selector
// (seven tag rules plus the e-mail and non-content queries were ten walks of every page).
import { compile } from 'css-select';
import type { AnyNode, Element } from 'domhandler';

type Test = (el: Element) => boolean;
const compiled = new Map<string, Test>();

/** The selector as a test of one element; compiled on first use and kept (selectors are constants of the rules). */
export function selectorTest(selector: string): Test {
  let test = compiled.get(selector);
  if (!test) {
    test = compile<AnyNode, Element>(selector, { xmlMode: false }) as Test;
    compiled.set(selector, test);
  }
  return test;
}

/**
 * For each selector, the elements under `root` (root included) that match it, in document order: what
 * `$(selectors[i]).toArray()` would give on this tree, from a single walk.
 */
export function matchEach(root: AnyNode, selectors: readonly string[]): Element[][] {
  const tests = selectors.map(selectorTest);
  const out: Element[][] = selectors.map(() => []);
  // An explicit stack (children pushed in reverse) gives document order without recursion on 10,000-deep pages.
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const el = node as Element;
      for (let i = 0; i < tests.length; i++) if (tests[i]!(el)) out[i]!.push(el);
    }
    const children = (node as { children?: AnyNode[] }).children;
    if (children) for (let c = children.length - 1; c >= 0; c--) stack.push(children[c]!);
  }
  return out;
}

/** True while `el` is still in the document: none of its ancestors has been removed. */
export function isAttached(el: AnyNode): boolean {
  let n: AnyNode | null = el;
  while (n.parent) n = n.parent;
  return n.type === 'root';
}

/** `$(selector).toArray()` with the selector compiled once: every match under `root`, in document order. */
export function queryAll(root: AnyNode, selector: string): Element[] {
  return matchEach(root, [selector])[0]!;
}

/** `$(selector)[0]`, stopping at the first match instead of collecting every match first. */
export function queryFirst(root: AnyNode, selector: string): Element | null {
  const test = selectorTest(selector);
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if ((node.type === 'tag' || node.type === 'script' || node.type === 'style') && test(node as Element)) return node as Element;
    const children = (node as { children?: AnyNode[] }).children;
    if (children) for (let c = children.length - 1; c >= 0; c--) stack.push(children[c]!);
  }
  return null;
}
