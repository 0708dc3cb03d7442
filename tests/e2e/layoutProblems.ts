import type { Page } from '@playwright/test';

/**
 * What a person at this window size would see as broken, described in words: the page or a region
 * scrolling sideways, a card or table cell whose content is wider than itself, and text cut off (by an
 * ellipsis, a line clamp, or a clipping box) whose full wording is not available on hover (a `title`
 * on the element or around it) or to assistive technology (`aria-label`).
 *
 * Runs in the page; returns an empty list when the screen fits.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element): string => {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      const classes = [...element.classList].filter((name) => name.startsWith('mantine-')).slice(0, 2);
      return `<${element.tagName.toLowerCase()}${classes.length ? ` .${classes.join('.')}` : ''}> “${text}”`;
    };
    /** The full text is offered on hover or to a screen reader by the element or something around it. */
    const fullTextOffered = (element: Element, text: string): boolean => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const offered = node.getAttribute('title') ?? node.getAttribute('aria-label');
        if (offered && offered.replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' ').trim())) return true;
      }
      return false;
    };
    // Reading styles is what costs here: each element's is read once.
    const styles = new Map<Element, CSSStyleDeclaration>();
    const styleOf = (element: Element): CSSStyleDeclaration => {
      let style = styles.get(element);
      if (!style) {
        style = getComputedStyle(element);
        styles.set(element, style);
      }
      return style;
    };
    const shown = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return false;
      const style = styleOf(element);
      return style.visibility !== 'hidden' && style.display !== 'none';
    };
    /** Visually hidden text (screen-reader only) is 1 px wide on purpose. */
    const visuallyHidden = (element: Element): boolean => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const box = node.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return true;
        const style = styleOf(node);
        if (style.opacity === '0') return true;
      }
      return false;
    };

    const page = document.scrollingElement ?? document.documentElement;
    if (page.scrollWidth > page.clientWidth) {
      problems.push(`the page scrolls sideways (${page.scrollWidth} px of ${page.clientWidth})`);
    }

    for (const element of document.body.querySelectorAll('*')) {
      if (!shown(element)) continue;
      const style = styleOf(element);
      const tag = element.tagName.toLowerCase();
      if (tag === 'input' || tag === 'textarea' || tag === 'select' || tag === 'svg') continue;
      const wider = element.scrollWidth > element.clientWidth + 1;

      // A region that scrolls sideways (a table's scroll container, a tab list).
      if (wider && (style.overflowX === 'auto' || style.overflowX === 'scroll') && element !== page) {
        problems.push(
          `${describe(element)} scrolls sideways (${element.scrollWidth} px of ${element.clientWidth})`,
        );
        continue;
      }
      // A card or a table cell whose content is wider than itself.
      const isCell = tag === 'td' || tag === 'th';
      const isCard =
        element.classList.contains('mantine-Card-root') || element.classList.contains('mantine-Paper-root');
      if (wider && (isCell || isCard) && (element.textContent ?? '').trim() !== '') {
        problems.push(
          `${describe(element)} is wider inside than outside (${element.scrollWidth} px of ${element.clientWidth})`,
        );
      }
      // Text cut by a line clamp or an ellipsis without its full wording on hover.
      const clamped =
        style.webkitLineClamp !== 'none' &&
        style.webkitLineClamp !== '' &&
        element.scrollHeight > element.clientHeight + 1;
      const ellipsis = style.textOverflow === 'ellipsis' && wider;
      if ((clamped || ellipsis) && !visuallyHidden(element)) {
        const text = (element.textContent ?? '').trim();
        if (text !== '' && !fullTextOffered(element, text))
          problems.push(`${describe(element)} is cut without its full text on hover`);
      }
    }

    // Every piece of text lies inside each box around it that clips (overflow other than visible) and
    // inside the window: otherwise part of it is cut off.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (text === '' || !parent || !shown(parent)) continue;
      if (parent.closest('[aria-hidden="true"], script, style, noscript')) continue;
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0) continue;
      let cut = box.right > window.innerWidth + 1 || box.left < -1;
      for (let around: Element | null = parent; around && !cut; around = around.parentElement) {
        const aroundStyle = styleOf(around);
        if (aroundStyle.overflowX === 'visible') continue;
        const clip = around.getBoundingClientRect();
        cut = box.right > clip.right + 1 || box.left < clip.left - 1;
      }
      if (cut && !visuallyHidden(parent) && !fullTextOffered(parent, text))
        problems.push(`${describe(parent)} is cut at the side`);
    }
    // A word split across lines ("Ві/зі/ты", "Зак/он") is read as two: interface words (headings,
    // buttons, tabs, labels, navigation) never may split, and words in a table cell or card only when
    // longer than any real word (a pasted link or code, which must wrap somewhere).
    const LONGEST_WORD = 24;
    const words = (container: Element, limit: number) => {
      if (!shown(container) || visuallyHidden(container)) return;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const content = node.textContent ?? '';
        for (const match of content.matchAll(/[^\s\-‐–—/]{2,}/gu)) {
          // An e-mail address or a link may wrap at any point.
          if (match[0].length > limit || /[@:]/u.test(match[0])) continue;
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
          const tops = rects.map((rect) => rect.top);
          const lineHeight = Math.min(...rects.map((rect) => rect.height));
          if (rects.length > 1 && Math.max(...tops) - Math.min(...tops) > lineHeight / 2) {
            const where = node.parentElement ?? container;
            problems.push(`${describe(where)} splits the word “${match[0]}” across lines`);
          }
        }
      }
    };
    for (const label of document.body.querySelectorAll('thead th, button, [role="tab"], label, nav a'))
      words(label, Infinity);
    for (const cell of document.body.querySelectorAll(
      'td, tbody th, .mantine-Card-root, .mantine-Paper-root',
    ))
      words(cell, LONGEST_WORD);
    return [...new Set(problems)];
  });
}
