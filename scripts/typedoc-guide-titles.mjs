// TypeDoc plugin (local, no dependency): names each project document (docs/*.md) after its first
// Markdown heading, so the navigation says "Getting started" rather than "getting-started".
// A `title:` in the document's front matter still wins.
import { Converter } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, doc) => {
    if (typeof doc.frontmatter['title'] === 'string') return;
    const first = doc.content.find((part) => part.text.trim() !== '');
    if (first?.kind !== 'text') return;
    const heading = /^\s*# +([^\n]+)/.exec(first.text);
    const title = heading?.[1]?.trim();
    if (title) doc.name = title;
  });
}
